package nl.kwartiermaker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW}, for one account or from one client address,
 * further attempts are refused until the window has passed, even with the right password. Counting per address as
 * well stops one machine from trying many accounts.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginAttemptRepository attempts;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isThrottled(String account, String clientAddress) {
        Instant since = clock.instant().minus(WINDOW);
        return attempts.countByAccountAndFailedAtAfter(key(account), since) >= MAX_FAILURES
                || attempts.countByClientAddressAndFailedAtAfter(clientAddress, since) >= MAX_FAILURES;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String account, String clientAddress) {
        attempts.save(new LoginAttempt(key(account), clientAddress, clock.instant()));
    }

    /** A successful sign-in clears the account's failures; the address count stays, so one good account cannot reset it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String account) {
        attempts.deleteByAccount(key(account));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldFailures() {
        attempts.deleteOlderThan(clock.instant().minus(WINDOW.multipliedBy(2)));
    }

    private static String key(String account) {
        String value = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return value.length() > 254 ? value.substring(0, 254) : value;
    }
}
