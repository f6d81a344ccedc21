package nl.kwartiermaker.user;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises the account's session number, in the same transaction as the change, for every change after which the
 * person's sessions end. {@code security.SessionTermination} ends them at once on the instance that made the change;
 * the number lets every other instance notice within its check interval (decision 0016).
 */
@Component
class SessionGenerations {

    private final PortalUserRepository users;

    SessionGenerations(PortalUserRepository users) {
        this.users = users;
    }

    @EventListener
    void on(UserEvents.SessionsEnded e) {
        users.endSessions(e.userId());
    }
}
