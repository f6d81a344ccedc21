package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A story's whole life in the browser: a colleague writes it and names the demo expert Eef; Eef reads it and gives
 * her consent; the coordinator approves it; another colleague finds it by a search without accents, says it helped
 * and reads it on a phone; Eef withdraws her consent and the story is gone from the library at once. Axe checks the
 * editor, the consent page, the review, the library and the story page on the way. Tagged as a database test so that
 * the test run gives it to the MariaDB part (bin/test).
 */
@Tag("database")
class StoryJourneyTest extends BrowserJourney {

    private static final String DIALOG_BUTTON = "vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button";
    private static final String CONFIRM_BUTTON =
            "vaadin-confirm-dialog-overlay vaadin-button, vaadin-button[slot=confirm-button]";

    private void signInAs(String email) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, base(), email);
    }

    private void open(String path, String heading) {
        browser.get(base() + path);
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().startsWith(heading)));
        settle();
    }

    private void tick(String label) {
        js().executeScript("""
                const box = [...document.querySelectorAll('vaadin-checkbox')]
                    .find(c => c.label === arguments[0] && c.checkVisibility());
                box.querySelector('input').click();
                """, label);
        settle();
    }

    private void search(String words) {
        WebElement input = wait.until(d -> (WebElement) js().executeScript("""
                const field = [...document.querySelectorAll('vaadin-text-field')]
                    .find(f => f.label === 'Zoeken in verhalen');
                return field && field.querySelector('input');
                """));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), words, Keys.ENTER);
        settle();
    }

    private boolean libraryShows(String title) {
        return Boolean.TRUE.equals(js().executeScript(
                "return [...document.querySelectorAll('a')].some(a => a.innerText.trim() === arguments[0]);", title));
    }

    @Test
    void a_story_is_written_consented_reviewed_found_by_search_helps_someone_and_leaves_when_consent_is_withdrawn()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String title = "Koffie in het buurtcafé " + run;

        // a colleague writes the story and names Eef, who has an account
        signInAs("medewerker@demo.nl");
        open("/verhalen", "Verhalen");
        click("vaadin-button, a", "Verhaal schrijven");
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals("Nieuw verhaal")));
        settle();
        noViolations("the empty editor");
        type("Titel", title);
        wait.until(d -> d.getPageSource().contains("Opgeslagen om"));
        type("Korte samenvatting", "Eef nodigde buurtbewoners uit voor koffie, en de drempel verdween.");
        type("Het verhaal", "Elke dinsdag zat Eef in het *buurtcafé* " + run + ". Wie wilde, schoof aan.");
        type("Wat maakte het verschil?", "Mensen kwamen zonder afspraak en zonder dossier.");
        // the preview renders the Markdown as the story page will
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return [...document.querySelectorAll('em')].some(e => e.textContent === 'buurtcafé');")));
        click("vaadin-button", "Iemand met een account toevoegen en toestemming vragen");
        pick("Persoon", "Eef");
        click(DIALOG_BUTTON, "Opslaan");
        wait.until(d -> d.getPageSource().contains("Eef Ervaringsdeskundige heeft een bericht gekregen"));
        noViolations("the editor with a featured person");
        String storyId = browser.getCurrentUrl().replaceAll(".*/verhalen/(\\d+)/bewerken.*", "$1");
        assertThat(storyId).as("the editor's address after the first save").matches("\\d+");
        click("vaadin-button", "Ter beoordeling aanbieden");
        wait.until(d -> d.getPageSource().contains("Je verhaal is aangeboden."));

        // Eef reads exactly what will be published and gives her consent for the library
        signInAs("ervaringsdeskundige@demo.nl");
        assertThat(browser.getPageSource()).as("the consent request in Mijn taken").contains(title);
        open("/verhalen/" + storyId + "/toestemming", "Toestemming voor een verhaal");
        assertThat(browser.getPageSource()).contains("buurtcafé");
        noViolations("the consent page");
        type("Wat wil jij hier van jezelf laten zien?", "Dat koffie soms meer doet dan een folder.");
        choose("Weet je zeker dat je dit wilt delen?", "Ja");
        tick("Intranet (de verhalenbibliotheek)");
        click("vaadin-button", "Toestemming geven");
        wait.until(d -> d.getPageSource().contains("Je toestemming is vastgelegd."));

        // the coordinator reviews and publishes at once
        signInAs("coordinator@demo.nl");
        open("/verhalen/redactie", "Redactie verhalen");
        noViolations("the review queue");
        click("a", title);
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().contains(title)));
        settle();
        noViolations("the review page");
        click("vaadin-button", "Goedkeuren");
        click(DIALOG_BUTTON, "Goedkeuren");
        wait.until(d -> d.getPageSource().contains("Het verhaal staat nu online."));

        // another colleague finds it without typing the accent, and says it helped
        signInAs("hr@demo.nl");
        open("/verhalen", "Verhalen");
        search("buurtcafe " + run);
        // the search goes into the address, so it can be shared and Back works; it narrows the library to this story
        // (other tests publish stories too, so the first page before the search holds no story we can count on)
        wait.until(ExpectedConditions.urlContains("q=buurtcafe"));
        wait.until(d -> Long.valueOf(1).equals(js().executeScript(
                "return document.querySelectorAll('.story-card').length;")) && libraryShows(title));
        noViolations("the library with a search");
        click("a", title);
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(title)));
        settle();
        noViolations("the new story");
        click("vaadin-button", "Dit heeft me geholpen");
        wait.until(d -> d.getPageSource().contains("1 persoon heeft hier iets aan gehad."));
        assertThat(browser.getPageSource()).contains("Je hebt laten weten dat dit je hielp");
        String storyPage = browser.getCurrentUrl();

        browser.manage().window().setSize(new Dimension(320, 900));
        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(title)));
        settle();
        noViolations("the new story on a phone");
        assertThat(Chromium.clippedTexts(browser)).as("texts cut off or past the edge at 320 px").isEmpty();
        Chromium.screenshot(browser, "story-journey-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        // Eef changes her mind: one withdrawal takes the story out of the library at once
        signInAs("ervaringsdeskundige@demo.nl");
        open("/verhalen/" + storyId + "/toestemming", "Toestemming voor een verhaal");
        click("vaadin-button", "Toestemming intrekken");
        click(CONFIRM_BUTTON, "Toestemming intrekken");
        wait.until(d -> d.getPageSource().contains("De toestemming is ingetrokken."));

        signInAs("hr@demo.nl");
        browser.get(storyPage);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Verhaal niet gevonden"));
        open("/verhalen?q=buurtcafe+" + run, "Verhalen");
        wait.until(d -> d.getPageSource().contains("Geen verhalen gevonden."));
        assertThat(libraryShows(title)).as("the withdrawn story in the library").isFalse();
    }
}
