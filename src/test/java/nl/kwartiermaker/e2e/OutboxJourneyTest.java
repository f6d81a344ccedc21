package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Beheerder finds mail given up on the Overzicht, follows the card to the outbox and tries the mail again, in the
 * browser; meanwhile the node reports the open Vaadin session and UI to Prometheus.
 */
class OutboxJourneyTest extends BrowserJourney {

    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcTemplate jdbc;

    private final String recipient = "journey-" + UUID.randomUUID() + "@example.nl";

    @AfterEach
    void removeMail() {
        jdbc.update("delete from mail_outbox where recipient = ?", recipient);
    }

    @Test
    void a_mail_given_up_is_tried_again_from_the_overzicht_card_and_the_open_page_is_counted() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into mail_outbox (version, recipient, subject, body, status, attempts, next_attempt_at,"
                + " created_at, message_id, last_error) values (0, ?, 'Welkom', 'Tekst', 'FAILED', 80, ?, ?, ?,"
                + " '550 5.1.1 onbekend')", recipient, now, now, UUID.randomUUID().toString());
        Chromium.signIn(browser, wait, base(), "beheerder@demo.nl");
        wait.until(ExpectedConditions.titleContains("Overzicht"));
        assertThat(browser.findElement(org.openqa.selenium.By.tagName("body")).getText())
                .contains("Mail opgegeven");

        click("a", "Naar uitgaande mail");
        wait.until(ExpectedConditions.titleContains("Uitgaande mail"));
        wait.until(d -> d.findElement(org.openqa.selenium.By.tagName("body")).getText().contains(recipient));
        assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
        click("vaadin-button", "Opnieuw proberen");

        wait.until(d -> d.findElement(org.openqa.selenium.By.tagName("body")).getText()
                .contains("De mail aan " + recipient + " staat weer in de wachtrij"));
        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class,
                recipient)).isEqualTo("PENDING");

        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(value(scrape, "kwartiermaker_vaadin_uis")).as("this browser's tab at least").isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "kwartiermaker_vaadin_sessions")).isGreaterThanOrEqualTo(1);
    }

    private static double value(String scrape, String metric) {
        Matcher line = Pattern.compile("^" + metric + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(metric).isTrue();
        return Double.parseDouble(line.group(2));
    }
}
