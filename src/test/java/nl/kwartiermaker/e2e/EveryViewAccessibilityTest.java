package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.WebPortalTest;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every view, as a Beheerder who may open them all, on a desktop and on a 320 px wide phone: zero axe-core WCAG 2.1
 * A/AA violations, nothing wider than the screen, and no text cut off (field tests found labels, options and table
 * columns a phone user could not read).
 */
@WebPortalTest
@Tag("browser")
class EveryViewAccessibilityTest {

    static final List<String> VIEWS = List.of("", "kennisbank", "kennisbank/vijf-rollen", "kennisbank/nieuw",
            "kennisbank/bronnen", "kennisbank/bewerken/draagvlak", "meldingen", "beheer/gebruikers", "beheer/audit", "bestaat-niet",
            "trajecten", "trajecten/1", "trajecten/1/besluit", "trajecten/2",
            "trajecten/2/besluit", "trajecten/2/scans", "scans/1/resultaten", "scan/een-onbekende-link",
            "scans/vragenlijsten", "scans/vragenlijsten/1",
            "functieprofielen", "functieprofielen/1", "functieprofielen/2", "beheer/organisatie", "beheer/privacy",
            "beheer/uitgaande-mail",
            "verhalen", "verhalen/van-wachtlijst-naar-een-eerste-gesprek", "verhalen/nieuw", "verhalen/mijn",
            "verhalen/nieuwsbrief", "verhalen/feed",
            "account/wachtwoord", "wachtwoord-vergeten", "wachtwoord-instellen/een-onbekende-link");

    static final String NOT_FOUND = "bestaat-niet";
    static final String NOT_FOUND_HEADING = "Pagina niet gevonden";
    /** How the views opened by a demo id begin their heading (the rest are only checked not to be "not found"). */
    static final Map<String, String> HEADINGS = Map.of(
            "", "Overzicht",
            "trajecten/1/besluit", "Go/no-go: ",
            "trajecten/2/besluit", "Go/no-go: ",
            "trajecten/2/scans", "Gereedheidsscan: ",
            "scans/1/resultaten", "Uitkomsten: Nulmeting polikliniek",
            "scans/vragenlijsten/1", "Vragenlijst aanpassen: Gereedheidsscan polikliniek");

    /** Begeleiding is for the coordinator, mentors and experts, not for a Beheerder; the demo's people by name. */
    static final List<String> COORDINATOR_VIEWS = List.of("begeleiding", "begeleiding/{eef}", "begeleiding/intervisie",
            "begeleiding/intervisie/{group}",
            // Verhalen's editors' pages and a consent page, for the demo story in review and the first published one
            "verhalen/redactie", "verhalen/redactie/{review}", "verhalen/{story}/toestemming");

    /**
     * The regional pool, as its coordinator and as the demo contact of Venlo; demo rows by id through {@link #POOL_IDS}
     * (a placeholder in braces is replaced by the id the query finds). One line per view, so parts merge cleanly.
     */
    static final List<String> POOL_VIEWS = List.of(
            "pool",
            "pool/verzoeken", "pool/verzoeken/{venlo-open}", "pool/verzoeken/{venlo-assigned}", "pool/experts",
            "pool/gemeenten",
            "pool/gemeenten/{venlo}",
            "pool/behoeften",
            "pool/deelopdrachten",
            "pool/deelopdrachten/{inloop}",
            "pool/rapportages",
            "pool/rapportages/{regionreport}"
    );
    static final List<String> PARTNER_VIEWS = List.of(
            "pool",
            "pool/verzoeken", "pool/verzoeken/{venlo-assigned}",
            "pool/gemeenten/{venlo}",
            "pool/deelopdrachten",
            "pool/deelopdrachten/{psy-cafe}",
            "pool/rapportages",
            "pool/rapportages/{venloreport}"
    );
    /** Placeholder → a query for the demo row's id, e.g. "{venlo}" → "select id from pool_partner where name = 'Venlo'". */
    static final Map<String, String> POOL_IDS = Map.ofEntries(
            Map.entry("{venlo}", "select min(id) from pool_partner where name = 'Venlo'"),
            Map.entry("{venlo-open}", "select min(r.id) from pool_request r join pool_partner p on p.id = r.partner_id"
                    + " where p.name = 'Venlo' and r.status = 'OPEN'"),
            Map.entry("{venlo-assigned}", "select min(r.id) from pool_request r join pool_partner p"
                    + " on p.id = r.partner_id where p.name = 'Venlo' and r.status = 'ASSIGNED'"),
            Map.entry("{inloop}",
                    "select min(id) from pool_sub_assignment where title = 'Vrije inloop in het Inclusiehuis'"),
            Map.entry("{psy-cafe}",
                    "select min(id) from pool_sub_assignment where title = 'Regionaal PSY-café en herstelacademie'"),
            Map.entry("{regionreport}", "select min(id) from pool_report where partner_id is null"),
            Map.entry("{venloreport}", "select min(r.id) from pool_report r join pool_partner p "
                    + "on p.id = r.partner_id where p.name = 'Venlo' and r.status = 'FINAL'")
    );

    @LocalServerPort
    int port;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;

    /** A title with one long unbroken word, as a pasted code or address gives: lists must wrap it, not scroll. */
    @BeforeEach
    void aPageWithALongWord() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        knowledge.create(new PageContent("Kenmerk " + UUID.randomUUID() + UUID.randomUUID(), "Samenvatting",
                "Tekst.", List.of()));
        SignedIn.nobody();
        // a mail given up: the Overzicht shows its card and the outbox page a line with its action
        jdbc.update("insert into mail_outbox (version, recipient, subject, body, status, attempts, next_attempt_at,"
                + " created_at, message_id, last_error) values (0, ?, 'Welkom bij Kwartiermaker', 'Tekst', 'FAILED',"
                + " 80, current_timestamp, current_timestamp, ?, '550 5.1.1 mailbox unavailable')",
                FAILED_MAIL, UUID.randomUUID().toString());
    }

    static final String FAILED_MAIL = "axe-opgegeven@example.nl";

    @AfterEach
    void closeBrowser() {
        jdbc.update("delete from mail_outbox where recipient = ?", FAILED_MAIL);
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 320})
    void every_view_passes_axe_and_fits_the_screen(int width) throws Exception {
        browser = Chromium.start(width, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        Map<String, String> problems = new LinkedHashMap<>();
        check("login", width, problems);
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys("beheerder@demo.nl");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Overzicht"));

        for (String view : VIEWS) {
            Chromium.navigate(browser, wait, "/" + view);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            // a demo id that no longer exists would quietly check the not-found page instead of the view
            String heading = browser.findElement(By.tagName("h1")).getText();
            String expected = HEADINGS.getOrDefault(view, "");
            if (view.equals(NOT_FOUND) != heading.equals(NOT_FOUND_HEADING) || !heading.startsWith(expected)) {
                problems.put(view + " heading", "shows \"" + heading + "\"");
            }
            check(view.isEmpty() ? "overzicht" : view, width, problems);
        }

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, "http://localhost:" + port, "coordinator@demo.nl");
        String eef = String.valueOf(jdbc.queryForObject(
                "select min(id) from mentoring_person where name = 'Eef Ervaringsdeskundige'", Long.class));
        String group = String.valueOf(jdbc.queryForObject(
                "select min(id) from mentoring_intervision_group where name = 'Intervisie jeugd'", Long.class));
        String review = String.valueOf(jdbc.queryForObject(
                "select min(id) from story where slug = 'wat-herstel-betekent-verteld-aan-collega-s'", Long.class));
        String story = String.valueOf(jdbc.queryForObject(
                "select min(id) from story where slug = 'van-wachtlijst-naar-een-eerste-gesprek'", Long.class));
        for (String view : COORDINATOR_VIEWS) {
            String location = view.replace("{eef}", eef).replace("{group}", group).replace("{review}", review)
                    .replace("{story}", story);
            Chromium.navigate(browser, wait, "/" + location);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            String heading = browser.findElement(By.tagName("h1")).getText();
            if (heading.equals(NOT_FOUND_HEADING)) {
                problems.put(location + " heading", "shows \"" + heading + "\"");
            }
            check(view.replace("{", "").replace("}", ""), width, problems);
        }
        checkAs("poolcoordinator@demo.nl", POOL_VIEWS, width, problems);
        checkAs("gemeente@demo.nl", PARTNER_VIEWS, width, problems);
        assertThat(problems).isEmpty();
    }

    private void checkAs(String email, List<String> views, int width, Map<String, String> problems) throws Exception {
        if (views.isEmpty()) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, "http://localhost:" + port, email);
        for (String view : views) {
            String location = view;
            for (Map.Entry<String, String> id : POOL_IDS.entrySet()) {
                if (location.contains(id.getKey())) {
                    location = location.replace(id.getKey(), String.valueOf(jdbc.queryForObject(id.getValue(),
                            Long.class)));
                }
            }
            Chromium.navigate(browser, wait, "/" + location);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            String heading = browser.findElement(By.tagName("h1")).getText();
            if (heading.equals(NOT_FOUND_HEADING)) {
                problems.put(location + " heading", "shows \"" + heading + "\"");
            }
            check(email.substring(0, email.indexOf('@')) + "-" + view.replace("{", "").replace("}", ""), width,
                    problems);
        }
    }

    private void check(String name, int width, Map<String, String> problems) throws Exception {
        String screenshot = name.replace('/', '-') + "-" + width;
        Chromium.screenshot(browser, screenshot);
        String violations = Chromium.accessibilityViolations(browser);
        if (!violations.isEmpty()) {
            problems.put(name + " axe", violations);
        }
        // the page and the layout's content area, which scrolls on its own: neither may scroll sideways
        String overflow = (String) ((JavascriptExecutor) browser).executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~=content]');
                const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
                const area = content ? content.scrollWidth - content.clientWidth : 0;
                if (page <= 0 && area <= 0) return '';
                const edge = content ? content.getBoundingClientRect().right : window.innerWidth;
                // inside a scrolling or clipping box that itself fits, an element is no part of the problem
                const clippedInside = e => {
                  for (let a = e.parentElement; a; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= edge + 1) {
                      return true;
                    }
                  }
                  return false;
                };
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > edge + 1 && !clippedInside(e))
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                        + ' "' + e.textContent.trim().slice(0, 40) + '" (' + Math.round(e.getBoundingClientRect().left)
                        + '–' + Math.round(e.getBoundingClientRect().right) + ' px)');
                return 'scrolls sideways by ' + Math.max(page, area) + ' px: ' + wide.join(', ');
                """);
        if (!overflow.isEmpty()) {
            problems.put(name + " width", overflow);
        }
        List<String> clipped = Chromium.clippedTexts(browser);
        if (!clipped.isEmpty()) {
            problems.put(name + " clipped", String.join("; ", clipped));
        }
    }
}
