package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.kwartiermaker.WebPortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running portal in Debian's Chromium: one browser per test, and the few ways a person uses a
 * Vaadin page (click by text, type into a field by its label, pick a radio button) that every journey needs.
 */
@WebPortalTest
@Tag("browser")
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    String base() {
        return "http://localhost:" + port;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** Waits until Vaadin has answered every request the page made. */
    void settle() {
        Chromium.waitForVaadin(wait);
    }

    /**
     * Clicks the visible element with this text. The text is read in the page: WebDriver reads no text of an element
     * scrolled out of the view's scrolling area (a reviewer's buttons above a long page).
     */
    void click(String selector, String text) {
        WebElement element = wait.until(d -> (WebElement) js().executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                    .find(e => e.checkVisibility() && e.innerText.trim() === arguments[1]) || null;
                """, selector, text));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        settle();
    }

    /** Replaces the text of the visible field with this label; Tab sends it, as Vaadin sends a value on blur. */
    void type(String label, String text) {
        WebElement input = wait.until(d -> (WebElement) js().executeScript("""
                const field = [...document.querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-integer-field')]
                    .find(f => f.label === arguments[0] && f.checkVisibility());
                return field && (field.querySelector('input') || field.querySelector('textarea'));
                """, label));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        input.sendKeys(Keys.TAB);
        settle();
    }

    /** Picks an option of the radio group whose label starts with this text. */
    void choose(String label, String item) {
        js().executeScript("""
                const group = [...document.querySelectorAll('vaadin-radio-group')]
                    .find(g => g.label.startsWith(arguments[0]));
                const radio = [...group.querySelectorAll('vaadin-radio-button')]
                    .find(r => r.label === arguments[1] || r.textContent.trim() === arguments[1]);
                (radio.querySelector('input') || radio).click();
                """, label, item);
        settle();
    }

    void noViolations(String page) {
        assertThat(Chromium.accessibilityViolations(browser)).as(page).isEmpty();
    }
}
