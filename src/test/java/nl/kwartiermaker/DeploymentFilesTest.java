package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml and CI stay in line with what the application needs. */
class DeploymentFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_the_app_in_prod_with_every_required_setting_beside_mariadb_lts_and_a_mail_catcher()
            throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("app", "db", "mail");
        assertThat((String) services.get("db").get("image")).matches("mariadb:(10\\.11|11\\.4|11\\.8)(\\..*)?");
        Map<String, Object> environment = (Map<String, Object>) services.get("app").get("environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        List<String> required = List.of("KWARTIERMAKER_DB_URL", "KWARTIERMAKER_DB_USER", "KWARTIERMAKER_DB_PASSWORD",
                "KWARTIERMAKER_SMTP_HOST", "KWARTIERMAKER_MAIL_FROM", "KWARTIERMAKER_BASE_URL",
                "KWARTIERMAKER_SECRET_KEY");
        assertThat(environment).containsKeys(required.toArray(String[]::new));
    }

    @Test
    void ci_runs_the_readme_test_command() throws IOException {
        assertThat(Files.readString(Path.of(".ci/run"))).contains("exec bin/test");
        assertThat(Files.readString(Path.of("README.md"))).contains("bin/test");
    }

    /**
     * Every change file is included once, in its own include: two branches that each appended an include once merged
     * into one include with two file keys, YAML kept only the last, and a migration silently never ran.
     */
    @Test
    void the_master_changelog_includes_every_change_file_once_in_number_order() throws IOException {
        Path folder = Path.of("src/main/resources/db/changelog");
        String master = Files.readString(folder.resolve("db.changelog-master.yaml"));
        List<String> included = java.util.regex.Pattern.compile("(?m)^\\s*file: changes/(\\S+)$").matcher(master)
                .results().map(found -> found.group(1)).toList();
        List<String> files;
        try (var listing = Files.list(folder.resolve("changes"))) {
            files = listing.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(included).isEqualTo(files);
        assertThat(master.split("- include:", -1)).hasSize(files.size() + 1);
    }
}
