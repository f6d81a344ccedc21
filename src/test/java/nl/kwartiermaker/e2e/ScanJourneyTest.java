package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.kwartiermaker.readiness.AnswerValue;
import nl.kwartiermaker.readiness.ScanAnsweringService;
import nl.kwartiermaker.readiness.ScanQuestion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The readiness scan in a real browser: the project lead starts a round and makes a link per group, five staff and
 * five managers answer (three in the browser, one of them on a 320 px phone; the others send what the page sends), the
 * lead sees only the response while the round is open, closes it and reads the results. The answer page and the
 * results page pass axe-core's WCAG 2.1 A and AA checks. Tagged as a database test: the test run gives this journey to
 * the MariaDB part (bin/test), where the sealing of a round also meets the real database.
 */
@Tag("database")
class ScanJourneyTest extends BrowserJourney {

    @Autowired
    ScanAnsweringService answering;

    private String groupLink(String group) {
        click("vaadin-button", "Groepslinks");
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

    /** Picks {@code choice} for every statement on the screen shown, as a tap on its answer would. */
    private void chooseOnScreen(String choice) {
        js().executeScript("""
                for (const statement of document.querySelectorAll('fieldset.likert')) {
                  const option = [...statement.querySelectorAll('label')]
                      .find(l => l.textContent.trim() === arguments[0]);
                  option.querySelector('input').click();
                }
                """, choice);
        settle();
    }

    private boolean hasNext() {
        return !browser.findElements(By.xpath("//vaadin-button[normalize-space()='Volgende']")).stream()
                .filter(WebElement::isDisplayed).toList().isEmpty();
    }

    /** Answers every theme with {@code choice}, optionally checking every screen with axe, and sends the answers. */
    private void answer(String link, String choice, boolean check) throws Exception {
        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset.likert")));
        settle();
        int screen = 1;
        while (true) {
            if (check) {
                noViolations("answer page, screen " + screen);
            }
            chooseOnScreen(choice);
            if (!hasNext()) {
                break;
            }
            click("vaadin-button", "Volgende");
            screen++;
        }
        WebElement open = browser.findElement(By.cssSelector("vaadin-text-area textarea"));
        open.sendKeys("Begin klein", Keys.TAB);
        click("vaadin-button", "Antwoorden versturen");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dank je wel!"));
    }

    /**
     * Sends the answers the answer page sends for one more respondent of this link: every statement {@code score}, the
     * open question "Begin klein". The page itself is answered in the browser three times above; the other
     * respondents that a group needs before its figures show only add browser time.
     */
    private void answerAsTheAnswerPageDoes(String link, int score) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        Map<Long, AnswerValue> answers = new HashMap<>();
        for (ScanQuestion question : answering.questionnaire(token).questions()) {
            answers.put(question.getId(), question.isOpenQuestion() ? AnswerValue.text("Begin klein")
                    : AnswerValue.score(score));
        }
        answering.submit(token, answers);
    }

    /**
     * On a 320 px phone: the first theme, forward and back (the answer stays), then "save and continue later" with
     * the group link, which gives a link of one's own; that link opens later with the answers and is sent from there.
     */
    private void answerOnAPhoneInTwoSittings(String link) throws Exception {
        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset.likert")));
        settle();
        assertThat(browser.findElement(By.cssSelector(".scan-progress")).getText()).startsWith("Thema 1 van 11");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Het invullen duurt ongeveer");
        noViolations("answer page on a phone");
        chooseOnScreen("Eens");
        click("vaadin-button", "Volgende");
        assertThat(browser.findElement(By.cssSelector(".scan-progress")).getText()).startsWith("Thema 2 van 11");
        chooseOnScreen("Eens");
        click("vaadin-button", "Vorige");
        assertThat((Boolean) js().executeScript(
                "return [...document.querySelectorAll('fieldset.likert input:checked')].length === "
                        + "document.querySelectorAll('fieldset.likert').length;")).as("answers kept").isTrue();
        click("vaadin-button", "Opslaan en later verder");
        String own = wait.until(d -> (String) js().executeScript("""
                const field = [...document.querySelectorAll('vaadin-text-field')]
                    .find(f => f.label === 'Jouw link om verder te gaan');
                return field && field.value ? field.value : null;
                """));
        noViolations("answer page with the link to continue");

        browser.get(base() + "/scan/" + own.substring(own.lastIndexOf('/') + 1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset.likert")));
        settle();
        assertThat(browser.findElement(By.cssSelector(".scan-progress")).getText())
                .contains("7 van 31 stellingen beantwoord");
        answer(browser.getCurrentUrl(), "Eens", true);
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
        answerOnAPhoneInTwoSittings(staff);
        Number overflow = (Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("the answer page fits a 320 px screen").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        answer(staff, "Eens", true);
        answer(managers, "Oneens", false);
        for (int i = 0; i < 3; i++) {
            answerAsTheAnswerPageDoes(staff, 5);
        }
        for (int i = 0; i < 4; i++) {
            answerAsTheAnswerPageDoes(managers, 2);
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
