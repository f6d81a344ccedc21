package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A project lead in a real browser: create a traject, finish a checklist step, record a go and then a no-go. Every
 * new view passes axe-core's WCAG 2.1 A and AA checks on the way.
 */
class TrajectJourneyTest extends BrowserJourney {

    @Test
    void a_project_lead_creates_a_traject_finishes_a_step_and_records_a_go() throws Exception {
        Chromium.signIn(browser, wait, base(), "projectleider@demo.nl");

        browser.get(base() + "/trajecten");
        wait.until(ExpectedConditions.titleContains("Trajecten"));
        settle();
        noViolations("traject list");

        click("vaadin-button", "Nieuw traject");
        String name = "Journey " + UUID.randomUUID().toString().substring(0, 6);
        type("Naam van het traject", name);
        type("Organisatieonderdeel", "Team Centrum");
        choose("Startpunt", "Een droom");
        type("Leidinggevende van de ervaringsdeskundigen", "Sanne de Leider");
        type("Senior ervaringsdeskundige als adviseur", "Eef");
        noViolations("traject dialog");
        click("vaadin-button", "Opslaan");
        wait.until(ExpectedConditions.titleContains(name));
        settle();
        Chromium.screenshot(browser, "traject-detail");
        noViolations("traject page");

        WebElement firstEdit = wait.until(d -> d.findElements(By.cssSelector("vaadin-details.checklist[opened] "
                + "vaadin-button")).stream().filter(b -> b.getText().trim().equals("Bewerken")).findFirst()
                .orElse(null));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", firstEdit);
        settle();
        js().executeScript("document.querySelector('vaadin-select').click();");
        click("vaadin-select-item", "Gereed");
        noViolations("item dialog");
        click("vaadin-button", "Opslaan");
        wait.until(d -> d.findElements(By.cssSelector(".badge.status-gereed")).size() > 0);

        String url = browser.getCurrentUrl();
        browser.get(url + "/besluit");
        wait.until(ExpectedConditions.titleContains("Go/no-go"));
        settle();
        click("vaadin-details-summary", "Besluit invullen");
        Chromium.screenshot(browser, "decision");
        noViolations("decision page");
        for (String precondition : new String[] {"Ondersteuning", "Financiering", "Draagvlak", "Bereidheid om te veranderen"}) {
            choose("Jouw oordeel over " + precondition, "Voldoende");
        }
        choose("Besluit", "Go");
        type("Onderbouwing", "De randvoorwaarden zijn op orde.");
        type("Besloten door", "MT en projectleider");
        click("vaadin-button", "Besluit vastleggen");
        click("vaadin-confirm-dialog-overlay vaadin-button, vaadin-button[slot=confirm-button]", "Besluit vastleggen");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".current-decision")));
        assertThat(browser.findElement(By.cssSelector(".current-decision")).getAttribute("textContent")).contains("Go");
        noViolations("decision page with a decision");

        // a second decision on the same page: one click opens one confirmation (issue 12 found two, the second lying
        // exactly over the first, so the screen showed one and the one below stayed open after confirming)
        for (String precondition : new String[] {"Ondersteuning", "Financiering", "Draagvlak", "Bereidheid om te veranderen"}) {
            choose("Jouw oordeel over " + precondition, "Twijfelachtig");
        }
        choose("Besluit", "No-go");
        type("Onderbouwing", "Het draagvlak is weggevallen.");
        type("Besloten door", "MT");
        click("vaadin-button", "Besluit vastleggen");
        assertThat(openConfirmations()).isEqualTo(1);
        click("vaadin-confirm-dialog-overlay vaadin-button, vaadin-button[slot=confirm-button]", "Besluit vastleggen");
        wait.until(d -> d.findElement(By.cssSelector(".current-decision")).getAttribute("textContent")
                .contains("No-go"));
        assertThat(openConfirmations()).isZero();
        // the decision in force is shown above the form; "Eerdere besluiten" lists only the one it replaced
        assertThat(browser.findElements(By.cssSelector(".decision-history > ul > li"))).hasSize(1);

        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage-bar li.current")));
        assertThat(browser.findElement(By.cssSelector(".stage-bar li.current")).getText()).contains("Fase 1");
    }

    /** Confirmation dialogs that are open, whether or not one lies over another. */
    long openConfirmations() {
        return (Long) js().executeScript(
                "return [...document.querySelectorAll('vaadin-confirm-dialog')].filter(d => d.opened).length;");
    }
}
