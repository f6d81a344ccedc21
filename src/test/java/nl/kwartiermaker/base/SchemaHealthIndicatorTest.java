package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

@PortalTest
class SchemaHealthIndicatorTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Value("${spring.liquibase.change-log}")
    String changeLog;

    /** The portal's database, or a line that is cut: every connection refused, as in an outage. */
    static class Line extends DelegatingDataSource {
        volatile boolean cut;

        Line(DataSource database) {
            super(database);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (cut) {
                throw new SQLTransientConnectionException("the database is gone");
            }
            return super.getConnection();
        }
    }

    @Test
    void a_schema_believed_complete_is_still_down_when_the_database_no_longer_answers() {
        Line line = new Line(dataSource);
        SchemaHealthIndicator schema = new SchemaHealthIndicator(new JdbcTemplate(line), clock, changeLog);
        assertThat(schema.health(false).getStatus()).isEqualTo(Status.UP);

        line.cut = true;
        // within the minute the complete schema is believed: the readiness probe asks this check alone
        assertThat(schema.health(false).getStatus()).isEqualTo(Status.DOWN);

        line.cut = false;
        assertThat(schema.health(false).getStatus()).isEqualTo(Status.UP);
    }
}
