package nl.kwartiermaker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW}, for one account or from one client address,
 * further attempts are refused until the window has passed, even with the right password. Counting per address as
 * well stops one machine from trying many accounts.
 * <p>
 * Every attempt is written down before its password is checked. At most {@value #MAX_IN_PROGRESS} attempts for one
 * account may be checked at the same time, so a burst of parallel guesses gets at most {@value #MAX_FAILURES} − 1 +
 * {@value #MAX_IN_PROGRESS} passwords checked before its failures block the rest; people signing in at once from one
 * office address are not limited by each other. A successful sign-in removes its attempt. Accounts are kept as a
 * hash: people sometimes type their password into the e-mail field, and that must not end up in the database.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_IN_PROGRESS = 10;
    /** An attempt still "in progress" after this long was cut off (e.g. a restart) and no longer counts. */
    private static final Duration IN_PROGRESS = Duration.ofMinutes(1);

    private final LoginAttemptRepository attempts;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Records an attempt that counts as failed until {@link #succeeded} says otherwise; returns its id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long begin(String account, String clientAddress) {
        return attempts.saveAndFlush(new LoginAttempt(key(account), clientAddress, clock.instant())).getId();
    }

    /** Whether recent failures reached the limit, or too many attempts for this account are being checked now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    boolean isThrottled(String account, String clientAddress, long attempt) {
        Instant since = clock.instant().minus(WINDOW);
        return attempts.countFailuresForAccount(key(account), since) >= MAX_FAILURES
                || attempts.countFailuresFromAddress(clientAddress, since) >= MAX_FAILURES
                || attempts.countOthersInProgress(key(account), clock.instant().minus(IN_PROGRESS), attempt)
                        >= MAX_IN_PROGRESS;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(long attempt) {
        attempts.markFailed(attempt);
    }

    /** A refused attempt never reached the password check, so it does not extend the block. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void refused(long attempt) {
        attempts.forget(attempt);
    }

    /**
     * A successful sign-in clears the account's failures; the address count stays, so one good account cannot reset
     * it. Read-committed keeps MariaDB from taking gap locks that make simultaneous sign-ins deadlock.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void succeeded(String account, long attempt) {
        attempts.forget(attempt);
        attempts.deleteFailuresOf(key(account));
    }

    /**
     * Someone who just set a new password through a link from their mail proved it is their account: earlier failed
     * guesses for it no longer block them. The address count stays, as above.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void forgetFailuresOf(String account) {
        attempts.deleteFailuresOf(key(account));
    }

    @SchedulerLock(name = "login-attempt-cleanup", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldFailures() {
        attempts.deleteOlderThan(clock.instant().minus(WINDOW.multipliedBy(2)));
    }

    static String key(String account) {
        String normalised = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
