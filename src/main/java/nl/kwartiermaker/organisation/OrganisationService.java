package nl.kwartiermaker.organisation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's name and logo. Everyone signed in reads them (exports print them); a Beheerder changes them.
 * Until a Beheerder saves a name, the name is empty and documents carry no organisation line. The logo is an optional
 * part of every document: one that cannot be read (stored before uploads were checked, or damaged in the database) is
 * left out, logged once, and shown to the Beheerder, so no export fails because of it.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public static final int NAME_MAX = 150;
    public static final int LOGO_MAX_BYTES = 512 * 1024;
    public static final int LOGO_MIN_SIDE = LogoPicture.MIN_SIDE;
    public static final int LOGO_MAX_SIDE = LogoPicture.MAX_SIDE;
    public static final String PNG = LogoPicture.PNG;
    public static final String JPEG = LogoPicture.JPEG;

    private static final Logger log = LoggerFactory.getLogger(OrganisationService.class);

    private final OrganisationProfileRepository profiles;
    /** The last stored logo looked at, by its digest: decoding it (and warning about it) happens once per logo. */
    private CheckedLogo checked;

    OrganisationService(OrganisationProfileRepository profiles) {
        this.profiles = profiles;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public OrganisationSettings settings() {
        return profiles.findById(OrganisationProfile.THE_ONLY_ID).map(this::settingsOf)
                .orElseGet(() -> new OrganisationSettings("", new byte[0], "", false, -1));
    }

    /** Saves the name, made from version {@code expectedVersion} (-1 while nothing was saved yet). */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public OrganisationSettings rename(long expectedVersion, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > NAME_MAX) {
            throw new InvalidInput("organisation.error.name", NAME_MAX);
        }
        OrganisationProfile profile = current(expectedVersion, clean);
        profile.rename(clean);
        return settingsOf(profiles.saveAndFlush(profile));
    }

    /**
     * Replaces the logo. The type is read from the file's first bytes, not from its name or the browser's claim; the
     * file must decode completely as a PNG or JPEG of sensible dimensions, and what is stored is the portal's own
     * encoding of its pixels (see {@link LogoPicture}).
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public OrganisationSettings replaceLogo(long expectedVersion, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("organisation.error.logo.empty");
        }
        if (bytes.length > LOGO_MAX_BYTES) {
            throw new InvalidInput("organisation.error.logo.size", LOGO_MAX_BYTES / 1024);
        }
        LogoPicture picture;
        try {
            picture = LogoPicture.of(bytes);
        } catch (LogoPicture.Unusable e) {
            log.info("Logo upload refused: {}", e.getMessage());
            throw new InvalidInput(e.messageKey(), e.params());
        }
        OrganisationProfile profile = current(expectedVersion, "");
        profile.replaceLogo(picture.bytes(), picture.type());
        remember(new CheckedLogo(digest(picture.bytes()), picture));
        return settingsOf(profiles.saveAndFlush(profile));
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public OrganisationSettings removeLogo(long expectedVersion) {
        OrganisationProfile profile = current(expectedVersion, "");
        profile.replaceLogo(null, null);
        return settingsOf(profiles.saveAndFlush(profile));
    }

    private OrganisationSettings settingsOf(OrganisationProfile profile) {
        byte[] stored = profile.storedLogo();
        if (stored.length == 0) {
            return new OrganisationSettings(profile.name(), new byte[0], "", false, profile.getVersion());
        }
        LogoPicture usable = usable(stored);
        return usable == null
                ? new OrganisationSettings(profile.name(), new byte[0], "", true, profile.getVersion())
                : new OrganisationSettings(profile.name(), usable.bytes(), usable.type(), false, profile.getVersion());
    }

    /**
     * The stored logo as the portal encodes it, or null when it cannot be read. Documents then go without; the
     * warning is logged once for that logo, not on every export.
     */
    private synchronized LogoPicture usable(byte[] stored) {
        byte[] digest = digest(stored);
        if (checked == null || !Arrays.equals(checked.digest(), digest)) {
            try {
                checked = new CheckedLogo(digest, LogoPicture.of(stored));
            } catch (LogoPicture.Unusable e) {
                log.warn("The stored organisation logo cannot be read ({}); documents leave it out until a Beheerder "
                        + "uploads a new one", e.getMessage());
                checked = new CheckedLogo(digest, null);
            }
        }
        return checked.picture();
    }

    private synchronized void remember(CheckedLogo logo) {
        checked = logo;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record CheckedLogo(byte[] digest, LogoPicture picture) {
    }

    private OrganisationProfile current(long expectedVersion, String nameForANewProfile) {
        OrganisationProfile profile = profiles.findById(OrganisationProfile.THE_ONLY_ID).orElse(null);
        long actual = profile == null ? -1 : profile.getVersion();
        if (actual != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrganisationProfile.class, OrganisationProfile.THE_ONLY_ID);
        }
        return profile != null ? profile : new OrganisationProfile(nameForANewProfile);
    }
}
