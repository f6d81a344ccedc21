package nl.kwartiermaker.notification;

import java.time.Clock;
import org.springframework.data.domain.Limit;

/** Test help for the outbox, which earlier tests in the same context may have filled. */
final class DueMail {

    private DueMail() {
    }

    /**
     * Sends every mail that is due, however many earlier tests left waiting: the dispatcher takes 50 at a time, oldest
     * first, so one call could leave a test's own new mail behind. A mail that fails moves to a later attempt, so this
     * ends; the bound is a guard, not a limit a passing test reaches.
     */
    static void deliverAll(MailDispatcher dispatcher, OutgoingMailRepository outbox, Clock clock) {
        for (int round = 0; round < 1_000 && !outbox.findDue(clock.instant(), Limit.of(1)).isEmpty(); round++) {
            dispatcher.deliverDueMail();
        }
    }
}
