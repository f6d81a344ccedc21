package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
                const field = [...document.querySelectorAll(
                    'vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-big-decimal-field')]
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

    /** Picks the first option of a combo box (single or multi select) that matches what is typed. */
    void pick(String label, String typed) {
        js().executeScript("""
                const box = [...document.querySelectorAll('vaadin-combo-box, vaadin-multi-select-combo-box')]
                    .find(c => c.label === arguments[0] && c.checkVisibility());
                box.querySelector('input').focus();
                """, label);
        WebElement input = browser.switchTo().activeElement();
        input.sendKeys(typed);
        settle();
        // the server filters: wait until the shown options are the filtered ones, not the whole list of a moment ago
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("""
                const shown = [...document.querySelectorAll('vaadin-combo-box-item, vaadin-multi-select-combo-box-item')]
                    .filter(i => i.checkVisibility());
                return shown.length > 0
                    && shown.every(i => i.innerText.toLowerCase().includes(arguments[0].toLowerCase()));
                """, typed)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        settle();
        // under load the choice can land after the next click: a dialog then saved without it (the story journey
        // once waited in vain for its confirmation)
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("""
                const box = arguments[0].closest('vaadin-combo-box, vaadin-multi-select-combo-box');
                return box.localName === 'vaadin-combo-box' ? !!box.selectedItem : box.selectedItems.length > 0;
                """, input)));
        // a multi-select stays open for more choices; Escape on a single combo box would clear its clear-able value
        if (Boolean.TRUE.equals(js().executeScript(
                "return arguments[0].closest('vaadin-multi-select-combo-box') !== null;", input))) {
            input.sendKeys(Keys.ESCAPE);
            settle();
        }
    }

    /** Sets the date of the visible date picker with this label, as picking it in the calendar does. */
    void dateField(String label, LocalDate date) {
        js().executeScript("""
                const picker = [...document.querySelectorAll('vaadin-date-picker')]
                    .find(p => p.label === arguments[0] && p.checkVisibility());
                picker.value = arguments[1];
                """, label, date.toString());
        settle();
    }

    /** Opens the visible select with this label and picks the item with this text. */
    void select(String label, String item) {
        js().executeScript("""
                const select = [...document.querySelectorAll('vaadin-select')]
                    .find(s => s.label === arguments[0] && s.checkVisibility());
                select.click();
                """, label);
        settle();
        click("vaadin-select-item", item);
    }

    void noViolations(String page) {
        assertThat(Chromium.accessibilityViolations(browser)).as(page).isEmpty();
    }
}
