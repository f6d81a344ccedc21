package nl.kwartiermaker.security;

import nl.kwartiermaker.user.UserEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** A password set through a link from the person's mail lifts the block that failed sign-ins put on their account. */
@Component
class PasswordLinkThrottleReset {

    private final LoginThrottle throttle;

    PasswordLinkThrottleReset(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @TransactionalEventListener
    void on(UserEvents.PasswordSetByLink e) {
        throttle.forgetFailuresOf(e.email());
    }
}
