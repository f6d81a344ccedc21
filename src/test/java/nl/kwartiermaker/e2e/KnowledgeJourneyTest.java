package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A staff member's first visit in a real browser: sign in, open a knowledge-base page, search, sign out. Each page
 * on the way passes axe-core's WCAG 2.1 A and AA checks.
 */
class KnowledgeJourneyTest extends BrowserJourney {

    private String url(String path) {
        return base() + "/" + path;
    }

    private WebElement shadowInput(String componentSelector) {
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "const c = document.querySelector(arguments[0]); return c && c.querySelector('input');",
                componentSelector));
    }

    @Test
    void a_staff_member_signs_in_reads_a_page_searches_and_signs_out() throws Exception {
        browser.get(url(""));
        wait.until(ExpectedConditions.urlContains("/login"));
        settle();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.getTitle()).isEqualTo("Inloggen · Kwartiermaker");
        Chromium.screenshot(browser, "login");
        assertThat(Chromium.accessibilityViolations(browser)).as("login page").isEmpty();

        shadowInput("vaadin-login-form vaadin-text-field[name=username], vaadin-login-form input[name=username]");
        WebElement username = browser.findElement(By.cssSelector("input[name=username]"));
        username.sendKeys("medewerker@demo.nl");
        WebElement password = browser.findElement(By.cssSelector("input[name=password]"));
        password.sendKeys("demo", Keys.ENTER);

        wait.until(ExpectedConditions.titleIs("Overzicht · Kwartiermaker"));
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
        Chromium.screenshot(browser, "dashboard");
        assertThat(Chromium.accessibilityViolations(browser)).as("dashboard").isEmpty();

        browser.findElement(By.cssSelector(".card a[href='kennisbank/go-no-go']")).click();
        wait.until(ExpectedConditions.urlContains("/kennisbank/go-no-go"));
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".knowledge-sources li")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        Chromium.screenshot(browser, "knowledge-page");
        assertThat(Chromium.accessibilityViolations(browser)).as("knowledge page").isEmpty();

        browser.get(url("kennisbank"));
        settle();
        WebElement search = shadowInput("vaadin-text-field.search-field");
        search.sendKeys("intervisie");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-count"), "intervisie"));
        assertThat(browser.findElements(By.cssSelector(".page-list a"))).isNotEmpty();
        Chromium.screenshot(browser, "knowledge-search");
        assertThat(Chromium.accessibilityViolations(browser)).as("knowledge base with results").isEmpty();

        browser.findElement(By.cssSelector("vaadin-menu-bar.user-menu vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-menu-bar-item")));
        WebElement logout = wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(item -> item.getText().contains("Uitloggen")).findFirst().orElse(null));
        logout.click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get(url("kennisbank"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
