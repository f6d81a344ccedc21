package nl.kwartiermaker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** A clock tests can move forward, to pass throttling windows and retry pauses without waiting. */
public class MutableClock extends Clock {

    /** Whole milliseconds, as a database column keeps them, so "due now" compares equal after a round trip. */
    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Stands still at this moment: another portal's time, so that two portals read the same data alike. */
    public void setTo(Instant moment) {
        now = moment;
    }

    public void reset() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Does {@code work} as if it were {@code ago} before now, then returns to the real time: data of an age. */
    public <T> T ago(Duration ago, Supplier<T> work) {
        reset();
        advance(ago.negated());
        try {
            return work.get();
        } finally {
            reset();
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * The same moving time seen in another zone. Services ask for the portal's zone to know today's date; ignoring the
     * zone made their "today" the UTC date, a day behind Amsterdam's for an hour each night, and tests that had moved
     * the clock into that hour failed.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
