package nl.kwartiermaker.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Enforces the retention periods (issue 17 point 5, decision 0014): each night every {@link RetentionRule} removes or
 * blanks what is older than its period, counted back from the injected clock. Periods are required and checked at
 * start-up, so a missing or misspelt property stops the portal instead of silently keeping data forever.
 */
@Component
public class RetentionJob {

    private static final String PREFIX = "kwartiermaker.retention";
    private static final String CRON = "cron";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Map<String, RetentionRule> rules = new TreeMap<>();
    private final Map<String, Duration> periods = new TreeMap<>();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RetentionJob(List<RetentionRule> rules, Environment environment, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        for (RetentionRule rule : rules) {
            if (this.rules.put(rule.dataType(), rule) != null) {
                throw new IllegalStateException("Two retention rules for " + rule.dataType());
            }
        }
        Binder binder = Binder.get(environment);
        List<String> problems = new ArrayList<>();
        for (String type : this.rules.keySet()) {
            String value = binder.bind(PREFIX + "." + type, String.class).orElse(null);
            Duration period = value == null ? null : parse(value);
            if (period == null || period.isNegative() || period.isZero()) {
                problems.add(PREFIX + "." + type + " must be a period such as 730d (found: " + value + ")");
            } else {
                periods.put(type, period);
            }
        }
        // a misspelt name would otherwise leave its data without the intended period, unnoticed
        Set<String> known = new TreeSet<>(this.rules.keySet().stream().map(RetentionJob::plain).toList());
        binder.bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of()).keySet().stream()
                .filter(key -> !plain(key).equals(CRON) && !known.contains(plain(key)))
                .forEach(unknown -> problems.add(PREFIX + "." + unknown + " names no kind of data; known: "
                        + this.rules.keySet()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Retention periods: " + String.join("; ", problems));
        }
    }

    /** A name as relaxed binding compares it: "audit-log", "auditLog" and AUDIT_LOG are one. */
    private static String plain(String name) {
        return name.replaceAll("[-_.]", "").toLowerCase(Locale.ROOT);
    }

    private static Duration parse(String value) {
        try {
            return ApplicationConversionService.getSharedInstance().convert(value.strip(), Duration.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The configured period per data type, for the documentation test and the log. */
    public Map<String, Duration> periods() {
        return Map.copyOf(periods);
    }

    /** Every night; a rule that fails is logged and the others still run. */
    // held for at least ten minutes, so an instance whose clock fires a little later does not run the night again
    @SchedulerLock(name = "retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT10M")
    @Scheduled(cron = "${" + PREFIX + "." + CRON + "}", zone = "Europe/Amsterdam")
    public void run() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String type : rules.keySet()) {
            try {
                counts.put(type, apply(type));
            } catch (RuntimeException e) {
                log.error("Retention of {} failed; it is tried again next night", type, e);
            }
        }
        log.info("Retention applied: {}", counts);
        events.publishEvent(new RetentionApplied(counts));
    }

    /** Applies one data type's period now; returns how many rows it removed or blanked. */
    public int apply(String dataType) {
        RetentionRule rule = rules.get(dataType);
        if (rule == null) {
            throw new IllegalArgumentException("No retention rule for " + dataType);
        }
        Instant cutoff = clock.instant().minus(periods.get(dataType));
        return rule.purge(cutoff);
    }
}
