package nl.kwartiermaker.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The portal's time: its zone and today's date, on the one injected {@link Clock} (tests move it). Dates people plan
 * with — due dates, closing dates, review dates — are days in the organisation's zone, not in UTC and not in the
 * server's zone; every service and view asks here instead of the system clock.
 */
@Component
public class PortalTime {

    /** The organisations the portal serves are Dutch. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    PortalTime(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public Instant now() {
        return clock.instant();
    }
}
