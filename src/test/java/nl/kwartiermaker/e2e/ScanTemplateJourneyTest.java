package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The questionnaire library in a real browser: a project lead copies the standard questionnaire, rewords a statement
 * with the keyboard, saves it as version 2 and starts a round with it. The editor passes axe-core's checks.
 */
class ScanTemplateJourneyTest extends BrowserJourney {

    private WebElement input(String tag, String label, String inner) {
        return wait.until(d -> (WebElement) js().executeScript("""
                const field = [...document.querySelectorAll(arguments[0])].find(f => f.label === arguments[1]);
                return field && field.querySelector(arguments[2]);
                """, tag, label, inner));
    }

    @Test
    void a_project_lead_adapts_a_copy_of_the_questionnaire_and_starts_a_round_with_it() {
        Chromium.signIn(browser, wait, base(), "projectleider@demo.nl");
        browser.get(base() + "/scans/vragenlijsten");
        wait.until(ExpectedConditions.titleContains("Vragenlijsten"));
        Chromium.waitForVaadin(wait);

        click("vaadin-button", "Kopiëren en aanpassen");
        String name = "Wijkteams " + UUID.randomUUID().toString().substring(0, 6);
        WebElement nameField = input("vaadin-text-field", "Naam van de vragenlijst", "input");
        nameField.sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.TAB);
        click("vaadin-button", "Kopie maken");
        wait.until(ExpectedConditions.titleContains("Vragenlijst aanpassen"));
        Chromium.waitForVaadin(wait);
        assertThat(Chromium.accessibilityViolations(browser)).as("template editor").isEmpty();

        WebElement first = input("vaadin-text-area", "Stelling 1", "textarea");
        first.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ik weet wat ervaringskennis in de wijk betekent.", Keys.TAB);
        click("vaadin-button", "Opslaan als nieuwe versie");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("Opgeslagen als versie 2.")));

        browser.get(base() + "/trajecten/2/scans");
        wait.until(ExpectedConditions.titleContains("Gereedheidsscan"));
        Chromium.waitForVaadin(wait);
        click("vaadin-button", "Nieuwe ronde");
        String round = "Wijkronde " + UUID.randomUUID().toString().substring(0, 6);
        input("vaadin-text-field", "Naam van de ronde", "input").sendKeys(round, Keys.TAB);
        js().executeScript("[...document.querySelectorAll('vaadin-select')].find(s => s.label === 'Vragenlijst')"
                + ".opened = true;");
        WebElement choice = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().trim().equals("Eigen vragenlijst: " + name + " (versie 2)")).findFirst()
                .orElse(null));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", choice);
        Chromium.waitForVaadin(wait);
        click("vaadin-button", "Ronde starten");
        wait.until(d -> d.findElements(By.cssSelector("section.scan-round h2")).stream()
                .anyMatch(h -> h.getText().equals(round)));

        // the new round asks the reworded statement of version 2
        WebElement adapt = (WebElement) js().executeScript("""
                const card = [...document.querySelectorAll('section.scan-round')]
                    .find(s => s.querySelector('h2').textContent === arguments[0]);
                return [...card.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Vragen aanpassen');
                """, round);
        js().executeScript("arguments[0].click();", adapt);
        wait.until(d -> (Boolean) js().executeScript("""
                return [...document.querySelectorAll('vaadin-text-area')]
                    .some(a => a.value === 'Ik weet wat ervaringskennis in de wijk betekent.');
                """));
    }
}
