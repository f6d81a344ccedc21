package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Supplier;
import nl.kwartiermaker.DatabaseProxy;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What people see while the database cannot be reached, and that the portal recovers by itself. The portal reaches
 * its database through a line the test cuts and restores, as if the database server were killed and started again:
 * on the H2 pass an H2 server the test starts, on the MariaDB pass the test's MariaDB. Before the fix every answer
 * took HikariCP's 30 s, a page ended on Spring's whitelabel page and sign-in silently returned to the login page.
 */
@Tag("database")
@DirtiesContext
class DatabaseOutageJourneyTest extends BrowserJourney {

    /** Well under the 30 s people waited before; the portal's own wait for a connection is 5 s. */
    private static final Duration PROMPTLY = Duration.ofSeconds(15);

    private static final String PASSWORD = "een lang wachtwoord";

    private static DatabaseProxy line;
    private static Server h2;

    @Autowired
    MutableClock clock;
    @Autowired
    UserService users;

    /** Its own datasource, through the line: the one extra application context this test costs. */
    @DynamicPropertySource
    static void databaseThroughTheLine(DynamicPropertyRegistry properties) throws Exception {
        String mariadb = System.getProperty("spring.datasource.url", "");
        if (mariadb.startsWith("jdbc:mariadb://")) {
            URI database = URI.create(mariadb.substring("jdbc:".length()));
            line = DatabaseProxy.to(database.getHost(), database.getPort() < 0 ? 3306 : database.getPort());
            String query = database.getRawQuery() == null ? "" : "?" + database.getRawQuery();
            properties.add("spring.datasource.url",
                    () -> "jdbc:mariadb://127.0.0.1:" + line.port() + database.getRawPath() + query);
            // the schema is the one the other MariaDB tests use: keep it, do not drop it under their feet
            properties.add("spring.liquibase.drop-first", () -> "false");
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            line = DatabaseProxy.to("127.0.0.1", h2.getPort());
            properties.add("spring.datasource.url",
                    () -> "jdbc:h2:tcp://127.0.0.1:" + line.port() + "/mem:outage;DB_CLOSE_DELAY=-1");
        }
    }

    @AfterAll
    static void closeTheLine() {
        line.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @BeforeEach
    void leaveOtherTestsFailedSignInsBehind() {
        // on the shared MariaDB, other test contexts leave failed sign-ins from this address at their own clock's
        // times; a day later they no longer throttle this test's sign-ins
        clock.advance(Duration.ofDays(1));
        line.restore();
    }

    @Test
    void while_the_database_is_gone_people_are_told_so_within_seconds_and_afterwards_everything_works_again()
            throws Exception {
        // someone who chose English, in a browser that asks for Dutch: the error pages must follow the person
        String email = englishSpeakingBeheerder();
        signIn(email);
        String title = "Outage page " + System.nanoTime();
        browser.get(base() + "/kennisbank/nieuw");
        settle();
        type("Title", title);
        type("Text", "What I typed while the database was gone.");

        line.cut();

        String notice = within(PROMPTLY, () -> {
            click("vaadin-button", "Save");
            return wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(n -> n.getText()).filter(t -> t.contains("cannot reach its data")).findFirst().orElse(null));
        });
        assertThat(notice).contains("What you entered is still on the screen");
        assertThat(fieldValue("Title")).isEqualTo(title);
        assertThat(fieldValue("Text")).isEqualTo("What I typed while the database was gone.");

        // a navigation inside the open page: the portal's error view
        within(PROMPTLY, () -> {
            click("vaadin-button", "Cancel");
            return wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Temporarily unavailable"));
        });
        assertThat(browser.getTitle()).isEqualTo("Temporarily unavailable · Kwartiermaker");

        // a page opened anew fails before Vaadin can build it: the error page outside Vaadin, with a way back
        within(PROMPTLY, () -> {
            browser.get(base() + "/kennisbank");
            return wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Temporarily unavailable"));
        });
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("main p:not(.brand)")).getText())
                .contains("Please try again in a few minutes");
        assertThat(browser.findElement(By.linkText("Back to the overview")).getAttribute("href"))
                .isEqualTo(base() + "/");
        Chromium.screenshot(browser, "database-outage-page");
        noViolations("error page while the database is gone");

        // signing in, in Dutch: the login page says the portal is unavailable, not that the password is wrong
        browser.manage().deleteAllCookies();
        within(PROMPTLY, () -> {
            submitLoginForm(email);
            return wait.until(ExpectedConditions.urlContains("/login?unavailable"));
        });
        settle();
        assertThat(js().executeScript("const f = document.querySelector('vaadin-login-form');"
                + " return f.error ? f.i18n.errorMessage.title + ' ' + f.i18n.errorMessage.message : '';"))
                .asString().startsWith("Tijdelijk niet beschikbaar").contains("Dat ligt niet aan jou.");
        Chromium.screenshot(browser, "database-outage-login");
        noViolations("login page while the database is gone");

        HttpResponse<String> readiness = within(PROMPTLY, () -> get("/readyz"));
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        assertThat(get("/livez").statusCode()).as("alive: no reason to restart").isEqualTo(200);

        line.restore();

        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        signIn(email);
        browser.get(base() + "/kennisbank/nieuw");
        settle();
        type("Title", title);
        type("Text", "Saved after the outage.");
        click("vaadin-button", "Save");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("has been saved")));
        browser.get(base() + "/kennisbank");
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
    }

    private String englishSpeakingBeheerder() {
        String email = "storing-" + System.nanoTime() + "@example.nl";
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        users.create(new UserService.NewUser(email, "Sam Storing", EnumSet.of(Role.BEHEERDER, Role.MEDEWERKER),
                PASSWORD));
        SignedIn.as(email, Role.BEHEERDER, Role.MEDEWERKER);
        users.changeOwnLocale(Locale.ENGLISH);
        SignedIn.nobody();
        return email;
    }

    /** The real login form, which must send its CSRF token. */
    private void signIn(String email) {
        submitLoginForm(email);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        settle();
    }

    private void submitLoginForm(String email) {
        browser.get(base() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD, Keys.ENTER);
    }

    private <T> T within(Duration limit, Supplier<T> action) {
        Instant start = Instant.now();
        T result = action.get();
        assertThat(Duration.between(start, Instant.now())).as("time until the answer").isLessThan(limit);
        return result;
    }

    private String fieldValue(String label) {
        return (String) js().executeScript("""
                return [...document.querySelectorAll('vaadin-text-field, vaadin-text-area')]
                    .find(f => f.label === arguments[0]).value;
                """, label);
    }

    private HttpResponse<String> get(String path) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
