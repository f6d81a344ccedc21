package nl.kwartiermaker.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.kwartiermaker.base.DatabaseOutage;
import nl.kwartiermaker.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in with throttling and an audit line for every outcome. The throttle is checked before the password,
 * so a guessed password teaches nothing while an account or address is blocked. What was typed as e-mail address is
 * recorded only when it is a real account: otherwise it may be a password typed in the wrong field.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String UNKNOWN_ACCOUNT = "onbekend account";
    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final UserService users;
    private final SignInMetrics metrics;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditService audit,
                                    UserService users, SignInMetrics metrics) {
        this.metrics = metrics;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    /**
     * Without the database nothing can be checked or recorded, so nobody gets in; the person is told the portal is
     * temporarily unavailable rather than that the password was wrong.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return authenticateThrottled(authentication);
        } catch (RuntimeException e) {
            if (e instanceof SignInUnavailableException || !DatabaseOutage.causes(e)) {
                throw e;
            }
            log.warn("Sign-in refused: the database cannot be reached ({})", DatabaseOutage.summary(e));
            metrics.count(SignInMetrics.Method.PASSWORD, SignInMetrics.Outcome.UNAVAILABLE);
            throw new SignInUnavailableException(e);
        }
    }

    private Authentication authenticateThrottled(Authentication authentication) {
        String typed = authentication.getName();
        String client = clientAddress();
        String account = users.isAccount(typed) ? printable(typed) : UNKNOWN_ACCOUNT;
        long attempt;
        try {
            attempt = throttle.begin(typed, client);
        } catch (RuntimeException e) {
            // without a record of the attempt there is no limit on guessing, so no sign-in at all
            log.error("Sign-in refused: the attempt could not be recorded", e);
            throw new InternalAuthenticationServiceException("Sign-in attempt could not be recorded", e);
        }
        if (throttle.isThrottled(typed, client, attempt)) {
            throttle.refused(attempt);
            log.warn("Sign-in for {} from {} refused: throttled", account, client);
            audit.recordSeparately(account, AuditAction.LOGIN_THROTTLED, account, AuditEvent.Result.DENIED, client,
                    null);
            metrics.count(SignInMetrics.Method.PASSWORD, SignInMetrics.Outcome.THROTTLED);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            recordSuccess(typed, attempt);
            metrics.count(SignInMetrics.Method.PASSWORD, SignInMetrics.Outcome.SUCCEEDED);
            audit.recordSeparately(account, AuditAction.LOGIN_SUCCEEDED, account, AuditEvent.Result.SUCCESS, client,
                    null);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            metrics.count(SignInMetrics.Method.PASSWORD, SignInMetrics.Outcome.FAILED);
            log.warn("Sign-in for {} from {} failed: {}", account, client, e.getClass().getSimpleName());
            audit.recordSeparately(account, AuditAction.LOGIN_FAILED, account, AuditEvent.Result.FAILURE, client,
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    /**
     * Clearing failures and noting the last sign-in is bookkeeping: if the database refuses it (say, a deadlock with
     * someone else signing in to the same account), the person still gets in.
     */
    private void recordSuccess(String typed, long attempt) {
        try {
            throttle.succeeded(typed, attempt);
            users.recordSuccessfulLogin(typed);
        } catch (RuntimeException e) {
            log.warn("Sign-in succeeded, but its bookkeeping failed: {}", e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container sees it (a trusted proxy's X-Forwarded-For, see README). */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = printable(request.getRemoteAddr());
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        return "onbekend";
    }

    /** Keeps log and audit lines single lines, whatever someone typed. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}]", "_");
    }
}
