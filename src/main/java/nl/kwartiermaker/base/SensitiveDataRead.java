package nl.kwartiermaker.base;

import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * Someone opened personal data that is kept closed until asked for (an expert's notes, a growth plan), or downloaded
 * an export that holds personal data — or was refused one of these. Features publish it at the moment of reading, in
 * the reading's transaction; the audit log records who, what and when, never the content.
 *
 * @param way     opened on a page or downloaded as a file
 * @param kind    what was read, in a few words ("persoonlijke notities", "groeiplan", "pool-rapportage")
 * @param object  which person or document, by id and a short reference that holds no content
 *                ("begeleiding/12", "pool-rapportage/5 Venlo 2026-1")
 * @param refused the person asked but was not allowed; the audit line is kept although the request fails
 */
public record SensitiveDataRead(Way way, String kind, String object, boolean refused) {

    public enum Way { OPENED, EXPORTED }

    public static SensitiveDataRead opened(String kind, String object) {
        return new SensitiveDataRead(Way.OPENED, kind, object, false);
    }

    public static SensitiveDataRead exported(String kind, String object) {
        return new SensitiveDataRead(Way.EXPORTED, kind, object, false);
    }

    /** The same request, refused. */
    public SensitiveDataRead asRefused() {
        return new SensitiveDataRead(way, kind, object, true);
    }

    /**
     * Runs the access check before this reading and returns what it found. When it refuses (access denied, or "not
     * found" for someone who may not know the object exists), the refusal is published before it is thrown on.
     */
    public <T> T check(ApplicationEventPublisher events, Supplier<T> accessCheck) {
        try {
            return accessCheck.get();
        } catch (AccessDeniedException | InvalidInput e) {
            events.publishEvent(asRefused());
            throw e;
        }
    }
}
