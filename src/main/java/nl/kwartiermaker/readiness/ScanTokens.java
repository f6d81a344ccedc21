package nl.kwartiermaker.readiness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tokens in scan links: 32 random bytes, of which only a SHA-256 hash is stored. The link with the token exists
 * in memory and in the outgoing mail only (decision 0005).
 */
@Component
class ScanTokens {

    /** A new link: the token for the address, its hash for the database. */
    record Issued(String link, String hash) {
    }

    private final SecureRandom random = new SecureRandom();
    private final String baseUrl;

    ScanTokens(@Value("${kwartiermaker.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Issued issue() {
        String token = randomText();
        return new Issued(baseUrl + "/scan/" + token, hash(token));
    }

    /** 43 URL-safe characters; also a source of short random keys for own statements. */
    String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
