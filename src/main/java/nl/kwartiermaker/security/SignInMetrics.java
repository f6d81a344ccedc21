package nl.kwartiermaker.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.RecentReading;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ins for monitoring (decision 0018): a counter per outcome and way of signing in
 * ({@code kwartiermaker_signins_total{outcome,method}}), and how many accounts the throttle blocks now
 * ({@code kwartiermaker_signins_throttled_accounts}). A rise in refused sign-ins or blocked accounts is someone
 * guessing passwords. The counters name no account and no address; those are in the audit log.
 */
@Component
class SignInMetrics implements MeterBinder {

    enum Outcome { SUCCEEDED, FAILED, THROTTLED, UNAVAILABLE }

    enum Method { PASSWORD, PROVIDER }

    private final Map<Method, Map<Outcome, Counter>> counters = new EnumMap<>(Method.class);
    /** One grouped count, reused for {@code kwartiermaker.metrics.cache}: scrapes come every few seconds. */
    private final RecentReading<Long> throttled;

    SignInMetrics(LoginAttemptRepository attempts, TransactionTemplate transactions, Clock clock,
                  @Value("${kwartiermaker.metrics.cache:PT10S}") Duration cache) {
        this.throttled = new RecentReading<>(clock, cache, () -> {
            Long counted = transactions.execute(tx -> (long) attempts.accountsAtFailureLimit(
                    clock.instant().minus(LoginThrottle.WINDOW), LoginThrottle.MAX_FAILURES, Limit.of(10_000))
                    .size());
            return counted == null ? 0 : counted;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Method method : Method.values()) {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("kwartiermaker.signins")
                        .description("Sign-in attempts by outcome and way of signing in")
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .tag("method", method.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            counters.put(method, byOutcome);
        }
        Gauge.builder("kwartiermaker.signins.throttled.accounts", throttled, RecentReading::get)
                .description("Accounts whose sign-in is blocked now after too many failed attempts")
                .register(registry);
    }

    void count(Method method, Outcome outcome) {
        Map<Outcome, Counter> byOutcome = counters.get(method);
        if (byOutcome != null) {
            byOutcome.get(outcome).increment();
        }
    }
}
