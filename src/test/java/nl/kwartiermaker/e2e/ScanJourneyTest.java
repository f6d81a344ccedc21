package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The readiness scan in a real browser: the project lead starts a round and makes a link per group, five staff and
 * five managers answer (the answer page also on a 320 px phone), the lead sees only the response while the round is
 * open, closes it and reads the results. The answer page and the results page pass axe-core's WCAG 2.1 A and AA checks.
 */
class ScanJourneyTest extends BrowserJourney {

    private String groupLink(String group) {
        click("vaadin-button", "Groepslink maken");
        js().executeScript("document.querySelector('vaadin-dialog-overlay vaadin-select, vaadin-select').click();");
        click("vaadin-select-item", group);
        click("vaadin-button", "Link maken");
        String link = wait.until(d -> (String) js().executeScript("""
                const field = [...document.querySelectorAll('vaadin-text-field')].find(f => f.label === 'Link voor de groep');
                return field && field.value ? field.value : null;
                """));
        click("vaadin-button", "Sluiten");
        return base() + "/scan/" + link.substring(link.lastIndexOf('/') + 1);
    }

    private void answer(String link, String choice, boolean check) throws Exception {
        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-radio-group")));
        settle();
        if (check) {
            noViolations("answer page");
        }
        js().executeScript("""
                for (const group of document.querySelectorAll('vaadin-radio-group')) {
                  const radio = [...group.querySelectorAll('vaadin-radio-button')]
                      .find(r => r.label === arguments[0] || r.textContent.trim() === arguments[0]);
                  (radio.querySelector('input') || radio).click();
                }
                """, choice);
        settle();
        WebElement open = browser.findElement(By.cssSelector("vaadin-text-area textarea"));
        open.sendKeys("Begin klein", Keys.TAB);
        click("vaadin-button", "Antwoorden versturen");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dank je wel!"));
    }

    private void openResults(String roundName) {
        browser.get(base() + "/trajecten/2/scans");
        wait.until(d -> d.findElements(By.cssSelector("section.scan-round h2")).size() > 0);
        settle();
        WebElement results = (WebElement) js().executeScript("""
                const card = [...document.querySelectorAll('section.scan-round')]
                    .find(s => s.querySelector('h2').textContent === arguments[0]);
                return [...card.querySelectorAll('a')].find(a => a.textContent === 'Uitkomsten');
                """, roundName);
        js().executeScript("arguments[0].click();", results);
        wait.until(ExpectedConditions.titleContains("Uitkomsten"));
        settle();
    }

    @Test
    void a_round_is_answered_by_two_groups_and_its_results_are_shown_once_it_is_closed() throws Exception {
        Chromium.signIn(browser, wait, base(), "projectleider@demo.nl");
        browser.get(base() + "/trajecten/2/scans");
        wait.until(ExpectedConditions.titleContains("Gereedheidsscan"));
        settle();
        noViolations("rounds page");

        click("vaadin-button", "Nieuwe ronde");
        String name = "Herhaling " + UUID.randomUUID().toString().substring(0, 6);
        WebElement nameField = wait.until(d -> (WebElement) js().executeScript("""
                const field = [...document.querySelectorAll('vaadin-text-field')].find(f => f.label === 'Naam van de ronde');
                return field && field.querySelector('input');
                """));
        nameField.sendKeys(name, Keys.TAB);
        noViolations("new round dialog");
        click("vaadin-button", "Ronde starten");
        wait.until(d -> d.findElements(By.cssSelector("section.scan-round h2")).stream()
                .anyMatch(h -> h.getText().equals(name)));

        String staff = groupLink("Medewerkers");
        String managers = groupLink("Management");

        browser.manage().window().setSize(new Dimension(320, 900));
        answer(staff, "Eens", true);
        Number overflow = (Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("the answer page fits a 320 px screen").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        answer(staff, "Eens", true);
        for (int i = 0; i < 3; i++) {
            answer(staff, "Helemaal eens", false);
        }
        for (int i = 0; i < 5; i++) {
            answer(managers, "Oneens", false);
        }

        openResults(name);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("De uitkomsten verschijnen zodra de ronde gesloten is");
        assertThat(browser.findElements(By.cssSelector("table.heatmap"))).as("no scores while answers come in")
                .isEmpty();
        noViolations("results page of an open round");

        browser.get(base() + "/trajecten/2/scans");
        wait.until(d -> d.findElements(By.cssSelector("section.scan-round h2")).size() > 0);
        settle();
        WebElement close = (WebElement) js().executeScript("""
                const card = [...document.querySelectorAll('section.scan-round')]
                    .find(s => s.querySelector('h2').textContent === arguments[0]);
                return [...card.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Ronde afsluiten');
                """, name);
        js().executeScript("arguments[0].click();", close);
        settle();
        click("vaadin-confirm-dialog-overlay vaadin-button, vaadin-button[slot=confirm-button]", "Ronde afsluiten");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "is afgesloten"));

        openResults(name);
        Chromium.screenshot(browser, "scan-results");
        noViolations("results page");
        js().executeScript("document.querySelector('vaadin-details.statements-details').opened = true;");
        settle();
        wait.until(d -> !d.findElements(By.cssSelector("table.distribution")).isEmpty());
        noViolations("results page with the answers per statement");
        String heatMap = browser.findElement(By.cssSelector("table.heatmap")).getText();
        assertThat(heatMap).contains("Medewerkers", "Management", "Kennis en beeldvorming");
        assertThat(browser.findElements(By.cssSelector(".radar-figure svg"))).hasSize(2);

        for (String[] download : new String[][] {{"Rapport (PDF)", "application/pdf"}, {"Antwoorden (CSV)", "text/csv"}}) {
            String type = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const link = [...document.querySelectorAll('a')].find(a => a.textContent === arguments[0]);
                    fetch(link.href).then(r => r.ok ? r.headers.get('content-type') : 'status ' + r.status)
                        .then(done, e => done(String(e)));
                    """, download[0]);
            assertThat(type).as(download[0]).startsWith(download[1]);
        }
    }
}
