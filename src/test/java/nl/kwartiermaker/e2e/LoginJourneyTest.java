package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in as a person would on the demo: the page says which accounts to use, a mistyped password keeps the
 * address in its field, every control speaks Dutch, and the page passes axe with its error showing.
 */
class LoginJourneyTest extends BrowserJourney {

    @Test
    void a_wrong_password_keeps_the_address_and_the_page_speaks_dutch_throughout() throws Exception {
        browser.get(base() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        settle();
        assertThat(browser.findElement(By.cssSelector(".login-demo")).getText())
                .contains("projectleider@demo.nl", "demo");

        browser.findElement(By.cssSelector("input[name=username]")).sendKeys("hr@demo.nl");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("niet-goed", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        settle();
        wait.until(d -> "hr@demo.nl".equals(d.findElement(By.cssSelector("input[name=username]"))
                .getDomProperty("value")));
        String reveal = wait.until(d -> (String) js().executeScript("""
                const field = document.querySelector('vaadin-password-field');
                const button = field && field.shadowRoot && field.shadowRoot.querySelector('[part=reveal-button]')
                    || field && field.querySelector('[slot=reveal]');
                return button && button.getAttribute('aria-label');"""));
        assertThat(reveal).isEqualTo("Wachtwoord tonen");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Inloggen mislukt");
        noViolations("login page after a wrong password");

        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Overzicht"));
    }
}
