package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The job itself; each feature's rule has its own test on the real database. */
@PortalTest
@RecordApplicationEvents
class RetentionJobTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    List<RetentionRule> rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_run_applies_every_rule_and_leaves_one_audit_line_with_only_the_counts() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        retention.run();

        RetentionApplied applied = events.stream(RetentionApplied.class).findFirst().orElseThrow();
        assertThat(applied.counts().keySet()).containsExactlyInAnyOrderElementsOf(
                rules.stream().map(RetentionRule::dataType).toList());
        List<Map<String, Object>> lines = jdbc.queryForList("select * from audit_event where id > ? and action ="
                + " 'RETENTION_APPLIED'", before);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.get("actor")).isEqualTo("systeem");
            assertThat(line.get("object_ref")).isNull();
            assertThat((String) line.get("detail")).startsWith("audit-log: ").contains("check-in-notes: ")
                    .matches("([a-z-]+: \\d+(, )?)+");
        });
    }

    @Test
    void the_documented_defaults_are_the_configured_ones_and_every_kind_of_data_is_documented() throws IOException {
        Map<String, Duration> documented = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `kwartiermaker\\.retention\\.([a-z-]+)` \\| (\\d+) days? \\|")
                .matcher(Files.readString(Path.of("docs/retention.md")));
        while (row.find()) {
            documented.put(row.group(1), Duration.ofDays(Long.parseLong(row.group(2))));
        }
        assertThat(documented).isEqualTo(new TreeMap<>(retention.periods()));
    }

    RetentionJob job(MockEnvironment environment) {
        RetentionRule rule = new RetentionRule() {
            @Override
            public String dataType() {
                return "check-in-notes";
            }

            @Override
            public int purge(Instant cutoff) {
                return 0;
            }
        };
        return new RetentionJob(List.of(rule), environment, Clock.systemUTC(), event -> { });
    }

    @Test
    void a_missing_empty_or_misspelt_period_stops_the_start() {
        assertThatThrownBy(() -> job(new MockEnvironment()))
                .hasMessageContaining("kwartiermaker.retention.check-in-notes must be a period");
        assertThatThrownBy(() -> job(new MockEnvironment()
                .withProperty("kwartiermaker.retention.check-in-notes", "0d")))
                .hasMessageContaining("must be a period");
        assertThatThrownBy(() -> job(new MockEnvironment()
                .withProperty("kwartiermaker.retention.check-in-notes", "twee jaar")))
                .hasMessageContaining("must be a period");
        assertThatThrownBy(() -> job(new MockEnvironment()
                .withProperty("kwartiermaker.retention.check-in-notes", "730d")
                .withProperty("kwartiermaker.retention.checkin-notitie", "730d")))
                .hasMessageContaining("kwartiermaker.retention.checkin-notitie names no kind of data");

        RetentionJob configured = job(new MockEnvironment().withProperty("kwartiermaker.retention.cron", "-")
                .withProperty("kwartiermaker.retention.check-in-notes", "P730D"));
        assertThat(configured.periods()).containsEntry("check-in-notes", Duration.ofDays(730));
    }
}
