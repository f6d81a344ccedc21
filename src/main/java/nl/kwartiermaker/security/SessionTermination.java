package nl.kwartiermaker.security;

import jakarta.servlet.http.HttpSession;
import nl.kwartiermaker.user.UserEvents;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's open sessions once a change to their account has committed: after deactivation they are out; after
 * a role change or password reset they sign in again and get their new rights; after a new password of their own,
 * whoever else was signed in with the old one is out. This ends them on this instance at once; other instances end
 * theirs at the next check of the account's session number ({@link SessionRevocation}, decision 0016).
 */
@Component
class SessionTermination {

    private final SessionRegistry sessions;
    private final SessionRevocation revocation;

    SessionTermination(SessionRegistry sessions, SessionRevocation revocation) {
        this.sessions = sessions;
        this.revocation = revocation;
    }

    @TransactionalEventListener
    void on(UserEvents.UserDeactivated e) {
        endSessionsOf(e.email());
    }

    @TransactionalEventListener
    void on(UserEvents.UserRolesChanged e) {
        endSessionsOf(e.email());
    }

    @TransactionalEventListener
    void on(UserEvents.UserPasswordReset e) {
        endSessionsOf(e.email());
    }

    /** Someone who changed their own password stays signed in where they did it; their other sessions end. */
    @TransactionalEventListener
    void on(UserEvents.OwnPasswordChanged e) {
        endSessionsOf(e.email(), e.keepSessionId());
        if (e.keepSessionId() != null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession kept = attributes.getRequest().getSession(false);
            if (kept != null && kept.getId().equals(e.keepSessionId())) {
                revocation.renew(kept);
            }
        }
    }

    @TransactionalEventListener
    void on(UserEvents.PasswordSetByLink e) {
        endSessionsOf(e.email());
    }

    @TransactionalEventListener
    void on(UserEvents.UserErased e) {
        endSessionsOf(e.formerEmail());
    }

    int endSessionsOf(String email) {
        return endSessionsOf(email, null);
    }

    private int endSessionsOf(String email, String keepSessionId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (email.equalsIgnoreCase(nameOf(principal))) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (session.getSessionId().equals(keepSessionId)) {
                        continue;
                    }
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    /** Password sign-in keeps the account's details, sign-in through the provider a {@link PortalOidcUser}. */
    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails details) {
            return details.getUsername();
        }
        return principal instanceof AuthenticatedPrincipal signedIn ? signedIn.getName() : null;
    }
}
