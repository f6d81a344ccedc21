package nl.kwartiermaker.notification;

import java.time.Instant;

/**
 * One mail as the Beheerder's outbox page shows it: who it goes to, its subject and kind, how it fares. Never its
 * body, its personal link or its calendar file.
 */
public record OutboxEntry(long id, long version, String recipient, String subject, Kind kind, OutboxState state,
                          int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                          boolean retryable) {

    /** What sort of mail: a message, one with a personal link (scan, password), or a calendar invitation. */
    public enum Kind { MESSAGE, PERSONAL_LINK, INVITATION }

    /** The query's form: the kind and whether it can be retried follow from what the row holds. */
    OutboxEntry(long id, long version, String recipient, String subject, boolean calendar, boolean linkMark,
                boolean sealedLink, OutgoingMail.Status status, int attempts, Instant nextAttemptAt, String lastError,
                Instant createdAt, Instant sentAt) {
        this(id, version, recipient, subject,
                calendar ? Kind.INVITATION : linkMark ? Kind.PERSONAL_LINK : Kind.MESSAGE,
                OutboxState.of(status, attempts), attempts, nextAttemptAt, lastError, createdAt, sentAt,
                status == OutgoingMail.Status.FAILED && (!linkMark || sealedLink));
    }
}
