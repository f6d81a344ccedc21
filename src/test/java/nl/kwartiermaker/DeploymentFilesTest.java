package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml, the two-node variant with its proxy, and CI stay in line with what the application needs. */
class DeploymentFilesTest {

    /** What the prod profile refuses to start without (base.ProfileGuard). */
    private static final List<String> REQUIRED_IN_PRODUCTION = List.of("KWARTIERMAKER_DB_URL",
            "KWARTIERMAKER_DB_USER", "KWARTIERMAKER_DB_PASSWORD", "KWARTIERMAKER_SMTP_HOST", "KWARTIERMAKER_MAIL_FROM",
            "KWARTIERMAKER_BASE_URL", "KWARTIERMAKER_SECRET_KEY");

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
        assertThat(environment).containsKeys(REQUIRED_IN_PRODUCTION.toArray(String[]::new));
    }

    /**
     * The two-node variant: both nodes get the whole production environment and the very same one (a mail sealed
     * with the secret key on one node is opened by whichever node sends it), they trust exactly the proxy's address,
     * and the proxy's configuration balances over both with sticky sessions, which Vaadin needs.
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_two_node_compose_runs_two_identical_prod_nodes_behind_a_sticky_tls_proxy_on_one_mariadb()
            throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.two-nodes.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("app1", "app2", "proxy", "db", "mail");
        assertThat((String) services.get("db").get("image")).matches("mariadb:(10\\.11|11\\.4|11\\.8)(\\..*)?");

        Map<String, Object> node1 = (Map<String, Object>) services.get("app1").get("environment");
        Map<String, Object> node2 = (Map<String, Object>) services.get("app2").get("environment");
        assertThat(node1).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                .containsKeys(REQUIRED_IN_PRODUCTION.toArray(String[]::new));
        assertThat(node2).isEqualTo(node1);
        assertThat(services.get("app2").get("volumes")).isEqualTo(services.get("app1").get("volumes"));

        String proxyAddress = (String) ((Map<String, Map<String, Object>>) services.get("proxy").get("networks"))
                .get("portal").get("ipv4_address");
        assertThat(proxyAddress).matches(node1.get("KWARTIERMAKER_TRUSTED_PROXIES").toString());
        assertThat((List<String>) services.get("proxy").get("volumes"))
                .contains("./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro");

        String nginx = Files.readString(Path.of("deploy/nginx.conf"));
        String upstream = nginx.substring(nginx.indexOf("upstream kwartiermaker {"),
                nginx.indexOf('}', nginx.indexOf("upstream kwartiermaker {")));
        assertThat(upstream).contains("ip_hash;").containsPattern("server app1:8080\\b")
                .containsPattern("server app2:8080\\b");
        assertThat(nginx).contains("proxy_pass http://kwartiermaker;", "listen 443 ssl",
                "proxy_set_header X-Forwarded-Proto $scheme;", "proxy_set_header X-Forwarded-For");
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
