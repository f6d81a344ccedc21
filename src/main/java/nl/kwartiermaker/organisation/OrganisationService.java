package nl.kwartiermaker.organisation;

import java.util.Arrays;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's name and logo. Everyone signed in reads them (exports print them); a Beheerder changes them.
 * Until a Beheerder saves a name, the name is empty and documents carry no organisation line.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public static final int NAME_MAX = 150;
    public static final int LOGO_MAX_BYTES = 512 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final OrganisationProfileRepository profiles;

    OrganisationService(OrganisationProfileRepository profiles) {
        this.profiles = profiles;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public OrganisationSettings settings() {
        return profiles.findById(OrganisationProfile.THE_ONLY_ID).map(OrganisationProfile::settings)
                .orElseGet(() -> new OrganisationSettings("", new byte[0], "", -1));
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
        return profiles.saveAndFlush(profile).settings();
    }

    /**
     * Replaces the logo. The type is read from the file's first bytes, not from its name or the browser's claim, so
     * only a real PNG or JPEG is stored.
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
        String type = startsWith(bytes, PNG_SIGNATURE) ? PNG : startsWith(bytes, JPEG_SIGNATURE) ? JPEG : null;
        if (type == null) {
            throw new InvalidInput("organisation.error.logo.type");
        }
        OrganisationProfile profile = current(expectedVersion, "");
        profile.replaceLogo(bytes, type);
        return profiles.saveAndFlush(profile).settings();
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public OrganisationSettings removeLogo(long expectedVersion) {
        OrganisationProfile profile = current(expectedVersion, "");
        profile.replaceLogo(null, null);
        return profiles.saveAndFlush(profile).settings();
    }

    private OrganisationProfile current(long expectedVersion, String nameForANewProfile) {
        OrganisationProfile profile = profiles.findById(OrganisationProfile.THE_ONLY_ID).orElse(null);
        long actual = profile == null ? -1 : profile.getVersion();
        if (actual != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrganisationProfile.class, OrganisationProfile.THE_ONLY_ID);
        }
        return profile != null ? profile : new OrganisationProfile(nameForANewProfile);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
