package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log's lines about one object, read as the database holds them, for tests of what gets recorded. */
public final class AuditLines {

    private AuditLines() {
    }

    /** Every column of every line with this action about {@code object}, oldest first. */
    public static List<Map<String, Object>> about(JdbcTemplate jdbc, String action, String object) {
        return jdbc.queryForList("select * from audit_event where action = ? and object_ref = ? order by id",
                action, object);
    }

    /** No column of any of the lines holds any of the texts: the log says who read what, never what was read. */
    public static void holdNone(List<Map<String, Object>> lines, String... texts) {
        for (Map<String, Object> line : lines) {
            for (Object value : line.values()) {
                for (String text : texts) {
                    assertThat(String.valueOf(value)).as("audit column").doesNotContain(text);
                }
            }
        }
    }
}
