package nl.kwartiermaker.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read again at most once per period, for figures that monitoring asks for every few seconds but that cost a
 * query (decision 0018). A clock set back reads again rather than trusting a reading from the future.
 */
public final class RecentReading<T> {

    private final Clock clock;
    private final Duration period;
    private final Supplier<T> read;
    private volatile Instant readAt;
    private volatile T value;

    public RecentReading(Clock clock, Duration period, Supplier<T> read) {
        this.clock = clock;
        this.period = period;
        this.read = read;
    }

    public T get() {
        Instant now = clock.instant();
        Instant at = readAt;
        T known = value;
        if (known == null || at == null || now.isBefore(at) || !now.isBefore(at.plus(period))) {
            known = read.get();
            value = known;
            readAt = now;
        }
        return known;
    }
}
