package nl.kwartiermaker.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a secret that must wait in the database for a while (a personal link in a mail that is not sent yet) unreadable
 * to anyone who reads the database or a backup: AES-256-GCM with a key that lives outside the database — the
 * environment variable {@code KWARTIERMAKER_SECRET_KEY} in production, a key file the demo creates under
 * {@code ./data} otherwise. Each sealed text is bound to its purpose, so a secret sealed for one use cannot be passed
 * off as another. Losing the key only makes the waiting secrets unusable; nothing else depends on it.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    /** A second key, derived from the first, so that encrypting and deriving never share a key. */
    private final SecretKey derivationKey;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${kwartiermaker.secret-key:}") String configuredKey,
              @Value("${kwartiermaker.secret-key-file:}") String keyFile) {
        byte[] bytes = keyBytes(configuredKey, keyFile);
        this.key = new SecretKeySpec(bytes, "AES");
        this.derivationKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, "HmacSHA256"),
                "kwartiermaker derivation key v1"), "HmacSHA256");
    }

    /**
     * A secret that is not stored anywhere but can be made again: HMAC-SHA256 of {@code purpose} and {@code input}
     * under the portal's key, as 43 URL-safe characters. Whoever has the database has the input but not the key, so
     * cannot make the secret; the portal can, whenever someone who may see it asks.
     */
    public String derive(String purpose, String input) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(derivationKey, purpose + ":" + input));
    }

    private static byte[] hmac(SecretKey key, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The secret, encrypted for this purpose; a different text every time, even for the same secret. */
    public String seal(String secret, String purpose) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, purpose);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return FORMAT + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret sealed for this purpose; fails with {@link SecretUnreadable} when it was sealed with another key or
     * for another purpose, or was changed.
     */
    public String open(String sealed, String purpose) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new SecretUnreadable("not a sealed secret");
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealed.substring(FORMAT.length()));
            if (all.length <= IV_BYTES) {
                throw new SecretUnreadable("too short");
            }
            byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, purpose);
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SecretUnreadable(e.getClass().getSimpleName());
        }
    }

    /** A sealed secret that cannot be opened with this portal's key. */
    public static class SecretUnreadable extends RuntimeException {
        SecretUnreadable(String reason) {
            super("The sealed secret cannot be opened with this key (" + reason + ")");
        }
    }

    private Cipher cipher(int mode, byte[] iv, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    static byte[] keyBytes(String configuredKey, String keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decodeKey(configuredKey.strip(), "KWARTIERMAKER_SECRET_KEY");
        }
        if (keyFile == null || keyFile.isBlank()) {
            throw new IllegalStateException("Geen sleutel voor geheimen: zet KWARTIERMAKER_SECRET_KEY (32 willekeurige "
                    + "bytes in base64, bijvoorbeeld: openssl rand -base64 32). Zie README.md, 'Configuratie'.");
        }
        Path file = Path.of(keyFile);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    log.debug("Key file permissions left to the file system");
                }
                log.info("New key for sealed secrets written to {}", file.toAbsolutePath());
            }
            return decodeKey(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + file.toAbsolutePath() + " cannot be read or written", e);
        }
    }

    private static byte[] decodeKey(String text, String source) {
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("De sleutel in " + source + " is geen base64.", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("De sleutel in " + source + " moet 32 bytes zijn (base64 van 32 "
                    + "willekeurige bytes, bijvoorbeeld: openssl rand -base64 32), maar is " + bytes.length + " bytes.");
        }
        return bytes;
    }
}
