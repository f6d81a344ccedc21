package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.WebPortalTest;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanRound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Health and metrics as the README's "Monitoring" documents them (decision 0018): the load balancer's two probes on
 * the portal's port, UP or DOWN and nothing more, for anyone; everything else on the management port, bound to the
 * loopback address, where Prometheus finds the portal's own metrics move as the portal is used.
 */
@WebPortalTest
@Tag("database")
class MonitoringEndpointsTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String scrape() throws IOException, InterruptedException {
        // the gauges that query reuse their answer for a few seconds; a scrape a minute later asks again
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> answer = get(managementPort, "/actuator/prometheus");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The value of one sample, e.g. {@code kwartiermaker_signins_total{method="password",outcome="failed"}}. */
    private static double sample(String scrape, String metric, String labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(metric) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher found = line.matcher(scrape);
        while (found.find()) {
            String present = found.group(1) == null ? "" : found.group(1);
            boolean all = true;
            for (String label : labels.isEmpty() ? new String[0] : labels.split(",")) {
                all &= present.contains(label);
            }
            if (all) {
                return Double.parseDouble(found.group(2));
            }
        }
        throw new AssertionError(metric + "{" + labels + "} not in the scrape:\n" + scrape);
    }

    @Test
    void the_load_balancer_probes_answer_anyone_on_the_portal_port_with_up_and_no_details() throws Exception {
        for (String probe : new String[] {"/livez", "/readyz"}) {
            HttpResponse<String> answer = get(port, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"")
                    .doesNotContain("components").doesNotContain("details").doesNotContain("H2")
                    .doesNotContain("schema");
        }
    }

    @Test
    void no_other_actuator_endpoint_answers_on_the_portal_port() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
                "/actuator", "/actuator/info"}) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("kwartiermaker_").doesNotContain("\"status\"");
        }
    }

    @Test
    void the_management_port_answers_on_the_loopback_address_only() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst().orElseThrow(() -> new AssertionError("this machine has no network address to try"));
        try (Socket portal = new Socket()) {
            portal.connect(new InetSocketAddress(outside, port), 2_000);
            assertThat(portal.isConnected()).as("the portal itself answers on " + outside).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket management = new Socket()) {
                management.connect(new InetSocketAddress(outside, managementPort), 2_000);
            }
        }).as("the management port on " + outside).isInstanceOf(ConnectException.class);
    }

    @Test
    void health_on_the_management_port_shows_the_database_and_schema_and_the_probes_stay_bare() throws Exception {
        // the whole health also holds the mail server, which is down in this test: it may say DOWN, with details
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.body()).contains("\"mail\"").contains("\"db\"").contains("\"schema\"")
                .contains("\"livenessState\"")
                .contains("\"readinessState\"");
        assertThat(get(managementPort, "/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(managementPort, "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readiness_is_down_while_the_database_lacks_a_change_of_this_version_and_liveness_stays_up()
            throws Exception {
        String newest = jdbc.queryForObject("select max(ID) from DATABASECHANGELOG where ID like '0%'",
                String.class);
        // as if the database were restored from a backup made before this version's last change
        jdbc.update("update DATABASECHANGELOG set ID = ? where ID = ?", newest + "-weg", newest);
        // a complete schema seen before is believed for a minute
        clock.advance(SchemaHealthIndicator.BELIEVED.plusSeconds(1));
        try {
            assertThat(get(port, "/readyz").statusCode()).isEqualTo(503);
            assertThat(get(port, "/readyz").body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(get(port, "/livez").statusCode()).as("no reason to restart").isEqualTo(200);
            assertThat(get(managementPort, "/actuator/health").body()).contains("\"missing\":1");
        } finally {
            jdbc.update("update DATABASECHANGELOG set ID = ? where ID = ?", newest, newest + "-weg");
        }
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void refused_sign_ins_and_throttled_accounts_move_their_metrics() throws Exception {
        String before = scrape();
        String account = "metriek-" + UUID.randomUUID() + "@example.nl";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(account, "fout-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(account, "nog-eens")).endsWith("/login?throttled");
        assertThat(signIn("medewerker@demo.nl", "demo")).as("the same address is throttled too")
                .endsWith("/login?throttled");

        String after = scrape();
        String failed = "method=\"password\",outcome=\"failed\"";
        String throttled = "method=\"password\",outcome=\"throttled\"";
        assertThat(sample(after, "kwartiermaker_signins_total", failed)
                - sample(before, "kwartiermaker_signins_total", failed)).isEqualTo(5);
        assertThat(sample(after, "kwartiermaker_signins_total", throttled)
                - sample(before, "kwartiermaker_signins_total", throttled)).isEqualTo(2);
        assertThat(sample(after, "kwartiermaker_signins_throttled_accounts", "")).isEqualTo(1);
        assertThat(after).doesNotContain(account);
        assertThat(after.lines().filter(l -> l.startsWith("kwartiermaker_signins_total{")))
                .allSatisfy(l -> assertThat(l).contains("application=\"kwartiermaker\""));
    }

    @Test
    void a_queued_mail_moves_the_backlog_and_a_given_up_one_the_failed_count() throws Exception {
        String before = scrape();
        Timestamp queued = Timestamp.from(clock.instant().minus(Duration.ofHours(2)));
        String recipient = "metriek-" + UUID.randomUUID() + "@example.nl";
        jdbc.update("insert into mail_outbox (version, recipient, subject, body, status, attempts, next_attempt_at,"
                + " created_at, message_id) values (0, ?, 'Wacht', 'Tekst', 'PENDING', 0, ?, ?, ?)",
                recipient, Timestamp.from(clock.instant().plus(Duration.ofDays(400))), queued, UUID.randomUUID()
                        .toString());
        jdbc.update("insert into mail_outbox (version, recipient, subject, body, status, attempts, next_attempt_at,"
                + " created_at, message_id, last_error) values (0, ?, 'Weg', 'Tekst', 'FAILED', 80, ?, ?, ?, '550')",
                recipient, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), UUID.randomUUID()
                        .toString());
        try {
            String after = scrape();
            assertThat(sample(after, "kwartiermaker_outbox_waiting", "")
                    - sample(before, "kwartiermaker_outbox_waiting", "")).isEqualTo(1);
            assertThat(sample(after, "kwartiermaker_outbox_failed", "")
                    - sample(before, "kwartiermaker_outbox_failed", "")).isEqualTo(1);
            assertThat(sample(after, "kwartiermaker_outbox_oldest_waiting_seconds", ""))
                    .as("queued two hours and a minute ago, or earlier").isGreaterThanOrEqualTo(2 * 3600 + 60);
            assertThat(after).doesNotContain(recipient);
        } finally {
            jdbc.update("delete from mail_outbox where recipient = ?", recipient);
        }
    }

    @Test
    void scan_answers_are_counted_as_one_total_without_round_or_group() throws Exception {
        ScanFixture fixture = new ScanFixture(context);
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String link = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        String before = scrape();
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 3, 4, Map.of());
        // a refused answer (nothing answered) is not counted
        assertThatThrownBy(() -> fixture.answering.submit(link, Map.of())).isInstanceOf(InvalidInput.class);
        String after = scrape();
        assertThat(sample(after, "kwartiermaker_scan_answers_total", "")
                - sample(before, "kwartiermaker_scan_answers_total", "")).isEqualTo(3);
        assertThat(after.lines().filter(l -> l.startsWith("kwartiermaker_scan_answers_total")))
                .singleElement().satisfies(l -> assertThat(l).doesNotContain("round").doesNotContain("group"));
    }

    @Test
    void a_visitor_opening_a_page_moves_the_count_of_vaadin_sessions() throws Exception {
        String before = scrape();
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(visitor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String after = scrape();
        assertThat(sample(after, "kwartiermaker_vaadin_sessions", "")
                - sample(before, "kwartiermaker_vaadin_sessions", "")).isGreaterThanOrEqualTo(1);
        // UIs are made when the browser's script starts the page; the browser check of the outbox page counts them
        assertThat(sample(after, "kwartiermaker_vaadin_uis", "")).isGreaterThanOrEqualTo(0);
    }

    /** Posts the login form as the browser does; returns where the portal sends the browser. */
    private String signIn(String email, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue("Location").orElseThrow();
    }
}
