package nl.kwartiermaker.notification;

/** A Beheerder put a mail that was given up back in the queue; the audit log records it. */
public record OutboxMailRetried(long mailId, String recipient) {
}
