package nl.kwartiermaker.security;

import java.time.Instant;
import java.util.EnumSet;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in lines of the audit log (with the account and address) and the throttle's failed attempts older than
 * {@code kwartiermaker.retention.login-attempts} are deleted; the throttle itself forgets its attempts within hours.
 */
@Component
class LoginAttemptRetention implements RetentionRule {

    private static final EnumSet<AuditAction> SIGN_IN = EnumSet.of(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED,
            AuditAction.LOGIN_THROTTLED, AuditAction.LOGOUT);

    private final AuditEventRepository events;
    private final LoginAttemptRepository attempts;

    LoginAttemptRetention(AuditEventRepository events, LoginAttemptRepository attempts) {
        this.events = events;
        this.attempts = attempts;
    }

    @Override
    public String dataType() {
        return "login-attempts";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return events.deleteOlderThan(SIGN_IN, cutoff) + attempts.deleteOlderThan(cutoff);
    }
}
