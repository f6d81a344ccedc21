package nl.kwartiermaker.readiness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import nl.kwartiermaker.base.SecretBox;
import org.springframework.stereotype.Component;

/**
 * The tokens in scan links, of which only a SHA-256 hash is stored (decision 0005). A personal or resume token is 32
 * random bytes that exist in memory and in the outgoing mail or on the respondent's screen only. A group link's token
 * is derived with the portal's secret key from a random nonce that is stored, so the project lead can see the link
 * again while neither the database nor a backup holds anything that opens it.
 */
@Component
class ScanTokens {

    private static final String GROUP_LINK = "scan-group-link";

    /** A new token and its hash for the database. */
    record Issued(String token, String hash) {
    }

    /** A new group link: its token, its hash and the nonce to derive it again from. */
    record GroupLinkToken(String token, String hash, String nonce) {
    }

    private final SecureRandom random = new SecureRandom();
    private final SecretBox secrets;

    ScanTokens(SecretBox secrets) {
        this.secrets = secrets;
    }

    Issued issue() {
        String token = randomText();
        return new Issued(token, hash(token));
    }

    GroupLinkToken issueGroupLink() {
        String nonce = randomText();
        String token = groupLinkToken(nonce);
        return new GroupLinkToken(token, hash(token), nonce);
    }

    String groupLinkToken(String nonce) {
        return secrets.derive(GROUP_LINK, nonce);
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

    /** The path of the page a link opens. */
    static String path(String token) {
        return "/scan/" + token;
    }
}
