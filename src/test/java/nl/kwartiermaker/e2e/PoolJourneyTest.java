package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.kwartiermaker.base.PortalTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regional pool in the browser: Venlo's contact files a deployment request; the pool coordinator deploys the best
 * suggested expert and records a week of hours; the planning shows Venlo's share against its key; the contact reads
 * and downloads Venlo's finalised half-yearly report as PDF. Axe on every page on the way, the planning also on a
 * 320 px phone. Tagged as a database test: the test run gives it to the MariaDB part (bin/test).
 */
@Tag("database")
class PoolJourneyTest extends BrowserJourney {

    private static final String DIALOG_BUTTON = "vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button";

    @Autowired
    PortalTime time;

    private void signInAs(String email) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, base(), email);
    }

    private void open(String path, String heading) {
        browser.get(base() + path);
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().startsWith(heading)));
        settle();
    }

    /** The planning's share lines as the reader sees them. */
    private String gridText() {
        return (String) js().executeScript("""
                return [...document.querySelectorAll('table.pool-share-lines tr')]
                    .filter(r => r.checkVisibility()).map(r => r.innerText.replace(/\\s+/g, ' ').trim()).join(' | ');
                """);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_request_from_venlo_is_deployed_its_hours_show_in_the_share_and_venlos_report_downloads() throws Exception {
        String place = "Tegelen " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = time.today();

        signInAs("gemeente@demo.nl");
        open("/pool/verzoeken", "Inzetverzoeken");
        noViolations("the contact's requests");
        click("vaadin-button", "Nieuw verzoek");
        select("Thema", "Schulden en armoede");
        select("Rol van de expert", "Trainer");
        type("Plaats", place);
        type("Verwacht aantal uren", "40");
        dateField("Van", today.minusWeeks(3));
        dateField("Tot en met", today.plusMonths(3));
        type("Wat is er nodig?", "Een training voor het wijkteam over leven met schulden.");
        noViolations("the request form");
        click(DIALOG_BUTTON, "Opslaan");
        wait.until(d -> d.getPageSource().contains("Het verzoek is ingediend."));
        wait.until(d -> d.getCurrentUrl().matches(".*/pool/verzoeken/\\d+"));
        String request = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/pool/"));
        settle();
        noViolations("the contact's new request");

        signInAs("poolcoordinator@demo.nl");
        open(request, "Trainer in " + place);
        noViolations("the request with suggestions");
        click("vaadin-button", "Inzetten");
        type("Uren per week", "4");
        click(DIALOG_BUTTON, "Opslaan");
        wait.until(d -> d.getPageSource().contains("is ingezet."));
        click("vaadin-button", "Uren schrijven");
        type("Uren", "3,5");
        type("Inwoners bereikt", "6");
        click(DIALOG_BUTTON, "Opslaan");
        wait.until(d -> d.getPageSource().contains("zijn opgeslagen."));
        wait.until(d -> d.getPageSource().contains("Gerealiseerd: 3,5 uur en 6 inwoners bereikt"));
        noViolations("the request with a deployment and its hours");

        open("/pool", "Regionale pool");
        wait.until(d -> gridText().contains("Venlo"));
        assertThat(gridText()).as("Venlo's share against its key").contains("Venlo").contains("28,47");
        noViolations("the planning");
        browser.manage().window().setSize(new Dimension(320, 900));
        browser.navigate().refresh();
        wait.until(d -> gridText().contains("Venlo"));
        settle();
        noViolations("the planning on a phone");
        assertThat(Chromium.clippedTexts(browser)).as("texts cut off at 320 px").isEmpty();
        Chromium.screenshot(browser, "pool-journey-planning-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        signInAs("gemeente@demo.nl");
        open("/pool/rapportages", "Halfjaarrapportages");
        noViolations("the contact's reports");
        click("a", (String) js().executeScript("""
                return [...document.querySelectorAll('a')].map(a => a.innerText.trim())
                    .find(t => t.includes('Venlo')) || '';
                """));
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().contains("Venlo")));
        settle();
        noViolations("Venlo's finalised report");
        Map<String, Object> pdf = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = [...document.querySelectorAll('a')].find(a => a.innerText.trim() === 'PDF downloaden');
                fetch(link.href, {credentials: 'same-origin'}).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done({status: r.status, type: r.headers.get('content-type'), size: bytes.length,
                          start: String.fromCharCode(...bytes.slice(0, 5))});
                });
                """);
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat((String) pdf.get("type")).startsWith("application/pdf");
        assertThat((String) pdf.get("start")).isEqualTo("%PDF-");
        assertThat((Long) pdf.get("size")).isGreaterThan(1_000L);
    }
}
