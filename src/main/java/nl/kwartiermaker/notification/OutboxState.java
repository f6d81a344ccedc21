package nl.kwartiermaker.notification;

import java.util.EnumSet;
import java.util.Set;

/** Where a mail in the outbox stands, as the Beheerder reads it. */
public enum OutboxState {
    /** Queued and not yet tried, or being sent for the first time. */
    WAITING(EnumSet.of(OutgoingMail.Status.PENDING, OutgoingMail.Status.SENDING), 0, 0),
    /** Failed at least once; the dispatcher tries again after a pause. */
    RETRYING(EnumSet.of(OutgoingMail.Status.PENDING, OutgoingMail.Status.SENDING), 1, Integer.MAX_VALUE),
    /** Given up after every attempt, or unsendable; waits for a Beheerder. */
    FAILED(EnumSet.of(OutgoingMail.Status.FAILED), 0, Integer.MAX_VALUE),
    /** Sent; kept until retention removes it. */
    SENT(EnumSet.of(OutgoingMail.Status.SENT), 0, Integer.MAX_VALUE);

    final Set<OutgoingMail.Status> statuses;
    final int fewestAttempts;
    final int mostAttempts;

    OutboxState(Set<OutgoingMail.Status> statuses, int fewestAttempts, int mostAttempts) {
        this.statuses = statuses;
        this.fewestAttempts = fewestAttempts;
        this.mostAttempts = mostAttempts;
    }

    static OutboxState of(OutgoingMail.Status status, int attempts) {
        return switch (status) {
            case SENT -> SENT;
            case FAILED -> FAILED;
            case PENDING, SENDING -> attempts == 0 ? WAITING : RETRYING;
        };
    }
}
