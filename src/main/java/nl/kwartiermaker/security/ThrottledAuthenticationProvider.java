package nl.kwartiermaker.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.kwartiermaker.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in with throttling and an audit line for every outcome. The throttle is checked before the password,
 * so a guessed password teaches nothing while an account or address is blocked.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final UserService users;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditService audit,
                                    UserService users) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName();
        String client = clientAddress();
        if (throttle.isThrottled(account, client)) {
            log.warn("Sign-in for {} from {} refused: throttled", account, client);
            audit.recordSeparately(account, AuditAction.LOGIN_THROTTLED, account, AuditEvent.Result.DENIED, client,
                    null);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(account);
            users.recordSuccessfulLogin(account);
            audit.recordSeparately(account, AuditAction.LOGIN_SUCCEEDED, account, AuditEvent.Result.SUCCESS, client,
                    null);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(account, client);
            log.warn("Sign-in for {} from {} failed: {}", account, client, e.getClass().getSimpleName());
            audit.recordSeparately(account, AuditAction.LOGIN_FAILED, account, AuditEvent.Result.FAILURE, client,
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "onbekend";
    }
}
