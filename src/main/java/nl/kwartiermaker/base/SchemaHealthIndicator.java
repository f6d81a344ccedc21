package nl.kwartiermaker.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database schema (decision 0018): DOWN until the database holds every Liquibase change of this
 * version of the portal. At a normal start Liquibase applies them before the portal answers at all; this catches a
 * node that runs against a schema without them — a database restored from an older backup, a migration that another
 * node started and has not finished, or a change removed by hand — so the load balancer sends nobody to a node whose
 * queries would fail. Changes the database holds beyond these (a newer node already migrated, expand before contract)
 * are fine. One query per check: the changes' ids and authors; a complete schema is believed for a minute, and then a
 * trivial query only proves the database still answers. The readiness probe asks this check alone, not also Spring
 * Boot's {@code db} check: while the database is gone each check waits for a connection (5 s, plus up to 2 s for a
 * pooled one that no longer answers), and two such waits in turn made the probe take 15 s.
 */
@Component
class SchemaHealthIndicator extends AbstractHealthIndicator {

    static final Duration BELIEVED = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String changeLog;
    private volatile Set<String> expected;
    private volatile Instant completeAt;

    SchemaHealthIndicator(JdbcTemplate jdbc, Clock clock, @Value("${spring.liquibase.change-log}") String changeLog) {
        super("The database schema could not be checked");
        this.jdbc = jdbc;
        this.clock = clock;
        this.changeLog = changeLog.startsWith("classpath:") ? changeLog.substring("classpath:".length()) : changeLog;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Instant now = clock.instant();
        Instant complete = completeAt;
        if (complete != null && !now.isBefore(complete) && now.isBefore(complete.plus(BELIEVED))) {
            jdbc.queryForObject("select 1", Integer.class);
            builder.up().withDetail("changes", expected().size());
            return;
        }
        Set<String> missing = new HashSet<>(expected());
        missing.removeAll(jdbc.query("select ID, AUTHOR from DATABASECHANGELOG",
                (row, n) -> key(row.getString(1), row.getString(2))));
        builder.withDetail("changes", expected().size());
        if (missing.isEmpty()) {
            completeAt = now;
            builder.up();
        } else {
            completeAt = null;
            builder.down().withDetail("missing", missing.size());
        }
    }

    /** The changes of this version's changelog, read once: they are part of the jar and do not change. */
    private Set<String> expected() throws Exception {
        Set<String> known = expected;
        if (known == null) {
            ResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());
            List<ChangeSet> changes = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
                DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(changeLog, resources)
                        .parse(changeLog, new ChangeLogParameters(), resources);
                return parsed.getChangeSets();
            });
            Set<String> keys = new HashSet<>();
            for (ChangeSet change : changes) {
                keys.add(key(change.getId(), change.getAuthor()));
            }
            expected = known = Set.copyOf(keys);
        }
        return known;
    }

    private static String key(String id, String author) {
        return id + "::" + author;
    }
}
