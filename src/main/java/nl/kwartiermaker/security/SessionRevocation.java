package nl.kwartiermaker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import nl.kwartiermaker.user.AccountSessions;
import nl.kwartiermaker.user.AccountSessions.Stamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions that another instance revoked (decision 0016). The in-memory {@link SessionRegistry} knows only this
 * instance's sessions, so {@link SessionTermination} alone would leave a deactivated person signed in on the others.
 * Every sign-in stamps its session with the account's session number; at most once per {@code check-interval} per
 * session a request compares the stamp with the account's number in the database, and a session whose account was
 * deactivated, erased, given other roles or a new password since is ended before the request is served: a page
 * request goes to the login page, a Vaadin request gets "session expired". One primary-key read per session per
 * interval, and only while the person is active.
 */
@Component
class SessionRevocation implements SessionAuthenticationStrategy {

    static final String STAMP = SessionRevocation.class.getName() + ".stamp";
    private static final String CHECKED_AT = SessionRevocation.class.getName() + ".checkedAt";

    private final AccountSessions accounts;
    private final SessionRegistry registry;
    private final Clock clock;
    private final Duration interval;

    SessionRevocation(AccountSessions accounts, SessionRegistry registry, Clock clock,
                      @Value("${kwartiermaker.sessions.check-interval:PT10S}") Duration interval) {
        this.accounts = accounts;
        this.registry = registry;
        this.clock = clock;
        this.interval = interval;
    }

    /** At sign-in, by password or through the identity provider: the session starts with the account's number. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        Stamp stamp = accounts.stampFor(authentication.getName())
                .orElseThrow(() -> new SessionAuthenticationException("No account to stamp the session with"));
        stamp(request.getSession(), stamp);
    }

    /**
     * The session in which someone changed their own password stays signed in ({@link SessionTermination}): it takes
     * the account's new number, so that no instance ends it.
     */
    void renew(HttpSession session) {
        if (session.getAttribute(STAMP) instanceof Stamp old) {
            accounts.current(old.userId()).ifPresent(stamp -> stamp(session, stamp));
        }
    }

    private void stamp(HttpSession session, Stamp stamp) {
        session.setAttribute(STAMP, stamp);
        session.setAttribute(CHECKED_AT, clock.instant());
    }

    /**
     * The check, for the security filter chain just before the filter that signs out expired sessions. Not a bean of
     * its own: Spring Boot would also register it for every request outside the chain. {@code expired} answers when
     * this instance's registry does not know the session.
     */
    OncePerRequestFilter checkingFilter(SessionInformationExpiredStrategy expired) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(STAMP) instanceof Stamp stamp && due(session)) {
                    Optional<Stamp> current = accounts.current(stamp.userId());
                    if (current.isPresent() && current.get().equals(stamp)) {
                        session.setAttribute(CHECKED_AT, clock.instant());
                    } else if (end(session, stamp, request, response, expired)) {
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean due(HttpSession session) {
        return !(session.getAttribute(CHECKED_AT) instanceof Instant checked)
                || !clock.instant().isBefore(checked.plus(interval));
    }

    /**
     * Marks the session expired in the registry, so that the filter after this one signs it out and answers exactly
     * as it does for a session ended on this instance; returns whether this filter had to answer itself.
     */
    private boolean end(HttpSession session, Stamp stamp, HttpServletRequest request, HttpServletResponse response,
                        SessionInformationExpiredStrategy expired) throws IOException, ServletException {
        SessionInformation information = registry.getSessionInformation(session.getId());
        if (information != null) {
            information.expireNow();
            return false;
        }
        String id = session.getId();
        session.invalidate();
        SecurityContextHolder.clearContext();
        expired.onExpiredSessionDetected(new SessionInformationExpiredEvent(
                new SessionInformation(stamp.userId(), id, new Date()), request, response));
        return true;
    }
}
