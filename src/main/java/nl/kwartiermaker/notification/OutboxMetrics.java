package nl.kwartiermaker.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.kwartiermaker.base.RecentReading;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox for monitoring (decision 0018): mail waiting to be sent ({@code kwartiermaker_outbox_waiting}, first
 * attempt and retries together), of which retrying ({@code kwartiermaker_outbox_retrying}), how long the oldest of it
 * has waited ({@code kwartiermaker_outbox_oldest_waiting_seconds}, 0 when none) and mail given up
 * ({@code kwartiermaker_outbox_failed}). All four come from one grouped count over the outbox's status index, reused for
 * {@code kwartiermaker.metrics.cache} so that frequent scrapes cost the database almost nothing.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final Clock clock;
    private final RecentReading<OutboxService.Overview> overview;

    OutboxMetrics(OutgoingMailRepository outbox, TransactionTemplate transactions, Clock clock,
                  @Value("${kwartiermaker.metrics.cache:PT10S}") Duration cache) {
        this.clock = clock;
        this.overview = new RecentReading<>(clock, cache,
                () -> transactions.execute(tx -> OutboxService.overviewOf(outbox.countPerStatus())));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kwartiermaker.outbox.waiting", this,
                        m -> m.now().count(OutboxState.WAITING) + m.now().count(OutboxState.RETRYING))
                .description("Mail waiting to be sent, first attempts and retries").register(registry);
        Gauge.builder("kwartiermaker.outbox.retrying", this, m -> m.now().count(OutboxState.RETRYING))
                .description("Mail that failed at least once and will be tried again").register(registry);
        Gauge.builder("kwartiermaker.outbox.failed", this, m -> m.now().count(OutboxState.FAILED))
                .description("Mail given up, waiting for a Beheerder (Beheer > Uitgaande mail)").register(registry);
        Gauge.builder("kwartiermaker.outbox.oldest.waiting", this, OutboxMetrics::oldestWaitingSeconds)
                .baseUnit("seconds").description("How long the oldest mail still to be sent has waited")
                .register(registry);
    }

    private double oldestWaitingSeconds() {
        Instant oldest = now().oldestUnsent();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private OutboxService.Overview now() {
        return overview.get();
    }
}
