package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import nl.kwartiermaker.base.PortalTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator registers a new expert and asks a suggested mentor; the mentor accepts in the portal and logs the
 * first check-in; the coordinator's overview shows the mentor and the check-in. Every view passes axe-core on the way.
 */
class BegeleidingJourneyTest extends BrowserJourney {

    @Autowired
    PortalTime time;

    private void signInAs(String email) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, base(), email);
    }

    @Test
    void the_coordinator_registers_an_expert_the_mentor_accepts_and_logs_a_check_in_the_overview_shows_it()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "Noor Journey " + run;
        String team = "Journeyteam " + run;

        signInAs("coordinator@demo.nl");
        browser.get(base() + "/begeleiding");
        wait.until(ExpectedConditions.titleContains("Begeleiding"));
        settle();
        noViolations("the coordinator's overview");
        click("vaadin-button", "Persoon toevoegen");
        noViolations("the register form");
        type("Naam", name);
        // a new person is an expert unless the coordinator says otherwise
        type("Team", team);
        pick("Ervaringsthema’s", "Psychische");
        dateField("Startdatum", time.today());
        choose("Werkt als", "Betaald");
        type("Uren per week", "16");
        click("vaadin-dialog-overlay vaadin-button, vaadin-button", "Opslaan");
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().contains(name)));
        settle();
        noViolations("the new expert's page");
        String page = browser.getCurrentUrl();

        // each suggestion's button says "Vragen"; its accessible name says whom
        WebElement ask = wait.until(d -> (WebElement) js().executeScript(
                "return document.querySelector('vaadin-button[aria-label=\"Mo Mentor vragen\"]');"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", ask);
        settle();
        // Mo is asked at once as the best choice; someone else's ranking may put another first, and then the
        // coordinator gives a reason for choosing Mo
        boolean reasonAsked = Boolean.TRUE.equals(js().executeScript(
                "return [...document.querySelectorAll('vaadin-text-area, vaadin-text-field')]"
                        + ".some(f => f.checkVisibility() && f.closest('vaadin-dialog-overlay, vaadin-dialog'));"));
        if (reasonAsked) {
            js().executeScript("""
                    const field = [...document.querySelectorAll('vaadin-text-area, vaadin-text-field')]
                        .find(f => f.checkVisibility() && f.closest('vaadin-dialog-overlay, vaadin-dialog'));
                    field.querySelector('textarea, input').focus();
                    """);
            browser.switchTo().activeElement().sendKeys("Mo kent het werk in de wijk goed.", Keys.TAB);
            settle();
            click("vaadin-button", "Vragen");
        }
        Chromium.screenshot(browser, "begeleiding-journey-proposed");
        wait.until(d -> d.getPageSource().contains("We wachten op het antwoord."));

        signInAs("mentor@demo.nl");
        assertThat(browser.getPageSource()).as("the proposal in Mijn taken").contains(name);
        browser.get(page);
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().contains(name)));
        settle();
        noViolations("the expert's page as the proposed mentor");
        click("vaadin-button", "Ja, dat doe ik");
        wait.until(d -> d.getPageSource().contains("Check-in vastleggen"));
        click("vaadin-button", "Check-in vastleggen");
        noViolations("the check-in form");
        type("Doel waar jullie aan werken", "Wennen aan het team");
        type("Onderwerpen", "Kennismaking, werkoverleg");
        click("vaadin-button", "Opslaan");
        wait.until(d -> d.getPageSource().contains("De check-in is opgeslagen."));

        signInAs("coordinator@demo.nl");
        browser.get(base() + "/begeleiding");
        wait.until(ExpectedConditions.titleContains("Begeleiding"));
        settle();
        pick("Team", team);
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.of("nl"))
                .format(time.today());
        wait.until(d -> {
            String row = (String) js().executeScript("""
                    const grid = document.querySelector('vaadin-grid');
                    return [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .filter(c => c.checkVisibility()).map(c => c.innerText).join(' | ');
                    """);
            return row.contains(name) && row.contains("Mo Mentor") && row.contains(today);
        });
        noViolations("the overview with the new expert");
    }
}
