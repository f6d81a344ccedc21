package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's H2 file database leaves no trace file behind when a statement fails, as one does on a first start. */
class H2TraceFileTest {

    @Test
    void a_failed_statement_on_the_demo_database_writes_no_trace_file(@TempDir Path folder) throws Exception {
        String url = demoUrl().replace("./data/", folder.toAbsolutePath() + "/");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThatThrownBy(() -> connection.createStatement().executeQuery("select * from bestaat_niet"))
                    .isInstanceOf(SQLException.class);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).isNotEmpty()
                    .noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    private static String demoUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2TraceFileTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
