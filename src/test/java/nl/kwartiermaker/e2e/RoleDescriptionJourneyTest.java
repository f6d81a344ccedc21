package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * HR drafts a role description step by step, an expert by experience comments and approves it, HR adopts it and
 * downloads the PDF and the DOCX. Every new view passes axe-core's WCAG 2.1 A and AA checks on the way.
 */
class RoleDescriptionJourneyTest extends BrowserJourney {

    private void check(String label) {
        WebElement box = (WebElement) js().executeScript("""
                const box = [...document.querySelectorAll('vaadin-checkbox')].find(c => c.label === arguments[0]
                    && c.checkVisibility());
                box.scrollIntoView({block: 'center'});
                return box.querySelector('input');
                """, label);
        box.click();
        settle();
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return [...document.querySelectorAll('vaadin-checkbox')].find(c => c.label === arguments[0]).checked;",
                label)));
    }

    private String currentStep() {
        return (String) js().executeScript(
                "const b = document.querySelector('[aria-current=step]'); return b ? b.textContent.trim() : '';");
    }

    /** Downloads a link's target in the page's own session and returns its first bytes as text. */
    private String downloadStart(String cssClass) {
        return (String) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = document.querySelector('a.' + arguments[0]);
                fetch(link.href).then(r => r.arrayBuffer()).then(b => {
                    const bytes = new Uint8Array(b);
                    done(bytes.length + ':' + String.fromCharCode(...bytes.slice(0, 4)));
                }).catch(e => done('error ' + e));
                """, cssClass);
    }

    @Test
    void hr_drafts_a_reviewer_comments_hr_adopts_and_downloads() throws Exception {
        Chromium.signIn(browser, wait, base(), "hr@demo.nl");
        browser.get(base() + "/functieprofielen");
        wait.until(ExpectedConditions.titleContains("Functieprofielen"));
        settle();
        noViolations("role description list");

        click("vaadin-button", "Nieuw functieprofiel");
        String theme = "schulden " + UUID.randomUUID().toString().substring(0, 5);
        noViolations("new role description dialog");
        click("vaadin-button", "Aanmaken");
        wait.until(d -> currentStep().equals("1. Titel en rollen"));
        settle();
        noViolations("builder step 1");
        type("Ervaringsthema (optioneel)", theme);
        check("Ondersteuner");
        click("vaadin-button", "Volgende stap");
        wait.until(d -> currentStep().equals("2. Context en taken"));
        type("Context en werkgebied", "Wijkteam Noord, voor cliënten met schulden");
        type("Concrete taken", "Spreekuur in de wijk");
        click("vaadin-button", "Volgende stap");
        wait.until(d -> currentStep().equals("3. Competenties"));
        noViolations("builder step 3");
        click("vaadin-button", "Volgende stap");
        wait.until(d -> currentStep().equals("4. Positionering"));
        type("Aantal ervaringsdeskundigen in het team", "1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".step-warnings li[data-rule=SINGLE_EXPERT]")));
        noViolations("builder step 4 with a warning");
        type("Aantal ervaringsdeskundigen in het team", "2");
        type("Leidinggevende", "Teamleider Noord");
        click("vaadin-button", "Volgende stap");
        wait.until(d -> currentStep().equals("5. Arbeidsvoorwaarden"));
        choose("Soort inzet", "Betaald dienstverband");
        type("Uren per week", "24");
        type("Beloning", "Gelijk aan collega’s, € 3.200 bruto");
        click("vaadin-button", "Volgende stap");
        wait.until(d -> currentStep().equals("6. Ondersteuning en ontwikkeling"));
        check("Een (senior) ervaringsdeskundige als mentor");
        check("Intervisie met collega-ervaringsdeskundigen");
        click("vaadin-button", "Volgende stap");
        wait.until(d -> currentStep().equals("7. Vrije ruimte en controle"));
        Chromium.screenshot(browser, "roledesc-last-step");
        settle();
        // Vaadin leaves a hidden element's old children in the page, so only a shown warning box counts
        assertThat((String) js().executeScript("return [...document.querySelectorAll('.step-warnings:not([hidden]) li')]"
                + ".map(l => l.getAttribute('data-rule')).join(',');")).isEmpty();
        String url = browser.getCurrentUrl();

        click("vaadin-button", "Ter review aanbieden");
        js().executeScript("""
                const box = [...document.querySelectorAll('vaadin-combo-box')].find(c => c.label === 'Reviewer');
                box.querySelector('input').focus();
                """);
        WebElement reviewer = browser.switchTo().activeElement();
        reviewer.sendKeys("Eef Erv");
        settle();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().contains("Eef Ervaringsdeskundige")));
        reviewer.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        settle();
        wait.until(d -> "Eef Ervaringsdeskundige".equals(js().executeScript(
                "return document.querySelector('vaadin-combo-box').querySelector('input').value;")));
        noViolations("submit dialog");
        click("vaadin-button", "Aanbieden");
        wait.until(d -> d.findElements(By.cssSelector(".badge.roledesc-status-in_review")).size() > 0);

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, base(), "ervaringsdeskundige@demo.nl");
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".roledesc-section")));
        settle();
        noViolations("review page");
        type("Opmerking bij Positionering", "Noem ook de vakgroep.");
        WebElement post = (WebElement) js().executeScript(
                "return document.querySelector('vaadin-button[aria-label=\"Opmerking plaatsen bij Positionering\"]');");
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", post);
        wait.until(d -> d.getPageSource().contains("Noem ook de vakgroep."));
        click("vaadin-button", "Goedkeuren");
        type("Toelichting (niet verplicht)", "Duidelijk profiel.");
        noViolations("approve dialog");
        click("vaadin-button", "Profiel goedkeuren");
        wait.until(d -> d.getPageSource().contains("Goedgekeurd door"));

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, base(), "hr@demo.nl");
        browser.get(url);
        wait.until(d -> !currentStep().isEmpty());
        settle();
        click("vaadin-button", "4. Positionering");
        wait.until(d -> d.getPageSource().contains("Noem ook de vakgroep."));
        click("vaadin-button", "Vaststellen");
        click("vaadin-confirm-dialog-overlay vaadin-button, vaadin-button[slot=confirm-button]", "Vaststellen");
        wait.until(d -> d.findElements(By.cssSelector(".badge.roledesc-status-adopted")).size() > 0);
        settle();
        noViolations("adopted page");

        assertThat(downloadStart("download-description-pdf")).matches("\\d+:%PDF");
        assertThat(downloadStart("download-description-docx")).matches("\\d+:PK.*");
        assertThat(downloadStart("download-vacancy-pdf")).matches("\\d+:%PDF");
    }

    @Test
    void a_beheerder_opens_the_organisation_settings() {
        Chromium.signIn(browser, wait, base(), "beheerder@demo.nl");
        browser.get(base() + "/beheer/organisatie");
        wait.until(ExpectedConditions.titleContains("Organisatie"));
        settle();
        noViolations("organisation settings");
        type("Naam van de organisatie", "Gemeente Journey");
        click("vaadin-button", "Opslaan");
        wait.until(d -> d.getPageSource().contains("De naam is opgeslagen."));
    }
}
