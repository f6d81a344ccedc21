package nl.kwartiermaker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.base.RetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class RetentionOfSignInsAndAuditTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    AuditService audit;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginAttemptRepository attempts;

    final String object = "retention-" + UUID.randomUUID() + "@example.nl";

    void line(Duration age, AuditAction action, String detail) {
        clock.ago(age, () -> {
            audit.record("beheerder@demo.nl", action, object, AuditEvent.Result.SUCCESS, "10.0.0.1", detail);
            return null;
        });
    }

    Iterable<String> linesLeft() {
        return jdbc.queryForList("select detail from audit_event where object_ref = ? order by id", String.class,
                object);
    }

    @Test
    void audit_lines_stay_for_the_audit_period_and_go_just_after_it() {
        Duration period = retention.periods().get("audit-log");
        line(period.plusMinutes(1), AuditAction.USER_CREATED, "just outside");
        line(period.minusMinutes(1), AuditAction.USER_CREATED, "just inside");

        assertThat(retention.apply("audit-log")).isPositive();

        assertThat(linesLeft()).containsExactly("just inside");
    }

    @Test
    void sign_in_lines_and_failed_attempts_go_after_the_shorter_sign_in_period_and_other_lines_stay() {
        Duration period = retention.periods().get("login-attempts");
        assertThat(period).isLessThan(retention.periods().get("audit-log"));
        line(period.plusMinutes(1), AuditAction.LOGIN_FAILED, "failed, just outside");
        line(period.plusMinutes(1), AuditAction.LOGOUT, "signed out, just outside");
        line(period.minusMinutes(1), AuditAction.LOGIN_SUCCEEDED, "signed in, just inside");
        line(period.plusMinutes(1), AuditAction.USER_CREATED, "an account change of the same age");
        String address = "retention-" + UUID.randomUUID();
        Instant now = clock.instant();
        attempts.save(new LoginAttempt("old", address, now.minus(period.plusMinutes(1))));
        attempts.save(new LoginAttempt("recent", address, now.minus(period.minusMinutes(1))));

        assertThat(retention.apply("login-attempts")).isGreaterThanOrEqualTo(3);

        assertThat(linesLeft()).containsExactly("signed in, just inside", "an account change of the same age");
        assertThat(jdbc.queryForList("select account from login_failure where client_address = ?", String.class,
                address)).containsExactly("recent");
    }
}
