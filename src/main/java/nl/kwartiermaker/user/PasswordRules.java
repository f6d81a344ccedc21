package nl.kwartiermaker.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.base.InvalidInput;

/**
 * What every new password must meet, wherever it is set (a Beheerder, the person themselves, a link): long rather
 * than complicated, and not a known common password. NIST SP 800-63B asks at least 8 characters and a check against
 * passwords from leaks, and no rules on kinds of characters; the portal asks 12, because it holds sensitive data
 * about experts by experience and a sentence of a few words reaches 12 easily (the NCSC advises the same).
 */
public final class PasswordRules {

    public static final int MIN = 12;
    /**
     * bcrypt reads only a password's first 72 bytes, and Spring's encoder refuses a longer one (it used to ignore the
     * rest). So the portal's real limit is 72 bytes in UTF-8: 72 plain characters, fewer with accents or emoji. A
     * longer limit would need a pre-hash and a new hash format; 72 characters is more than enough for a passphrase.
     */
    public static final int MAX_BYTES = 72;

    /** Loaded once: about 50,000 words, a few megabytes at most, asked on every password change. */
    private static final Set<String> COMMON = load("/passwords/common-passwords.txt",
            "/passwords/common-passwords-nl.txt");

    private PasswordRules() {
    }

    /** Refuses a password that is too short, too long for bcrypt, or common; the message says which rule. */
    static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            throw new InvalidInput("user.error.password", MIN);
        }
        // bytes, not characters: what bcrypt counts
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput("user.error.password.long", MAX_BYTES);
        }
        if (isCommon(password)) {
            throw new InvalidInput("user.error.password.common");
        }
    }

    /**
     * Whether the password is a known one, or a known one with only digits, spaces or symbols around it: "Welkom2026!"
     * is as easy to guess as "welkom", because guessing tools try exactly those additions first.
     */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        // aaaaaaaaaaaa, abababababab: long, but guessed at once
        if (COMMON.contains(lower) || lower.codePoints().distinct().count() <= 2) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        if (core.isEmpty()) {
            // only digits and symbols: common when it is a run like 123456789012
            return isRun(lower);
        }
        return COMMON.contains(core) || COMMON.contains(core.replace(" ", ""));
    }

    /** 1234567890123 or 987654321098: each character one more or one less than the one before it. */
    private static boolean isRun(String text) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < text.length(); i++) {
            int step = Math.floorMod(text.charAt(i) - text.charAt(i - 1), 10);
            up &= step == 1;
            down &= step == 9;
        }
        return up || down;
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>(64_000);
        for (String resource : resources) {
            try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + resource);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
