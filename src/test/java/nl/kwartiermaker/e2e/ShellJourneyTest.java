package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The frame on a 320 px phone (issue 18 made it light): the menu is plain links in the drawer and the user menu is
 * built when it opens, so this checks what Vaadin's side navigation and menu bar did for free.
 */
class ShellJourneyTest extends BrowserJourney {

    @Test
    void on_a_phone_the_menu_marks_the_page_leads_on_without_a_reload_and_the_user_menu_closes_with_escape()
            throws Exception {
        browser.quit();
        browser = Chromium.start(320, 800);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.signIn(browser, wait, base(), "medewerker@demo.nl");
        settle();

        browser.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        WebElement current = wait.until(d -> d.findElement(By.cssSelector(".main-nav a[aria-current=page]")));
        // the drawer slides in: WebDriver reads the link's text once it shows
        wait.until(d -> current.getText().equals("Overzicht"));
        Chromium.screenshot(browser, "menu-320");
        noViolations("menu in the drawer on a phone");

        js().executeScript("window.stillTheSamePage = true;");
        browser.findElements(By.cssSelector(".main-nav a")).stream().filter(a -> a.getText().equals("Kennisbank"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.titleContains("Kennisbank"));
        settle();
        assertThat(js().executeScript("return window.stillTheSamePage === true;")).as("no page reload").isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getAttribute("href"))
                .endsWith("/kennisbank");
        assertThat(js().executeScript("return document.querySelector('vaadin-app-layout').drawerOpened;"))
                .as("the drawer closes on a phone once a page is chosen").isEqualTo(false);

        WebElement userMenu = browser.findElement(By.cssSelector(".user-menu-button"));
        userMenu.click();
        WebElement first = wait.until(d -> d.findElements(By.cssSelector(".user-menu-item")).stream().findFirst()
                .orElse(null));
        Chromium.screenshot(browser, "user-menu-320");
        noViolations("user menu on a phone");
        first.sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector(".user-menu-panel")).isEmpty());
        assertThat(userMenu.getAttribute("aria-expanded")).isEqualTo("false");
    }
}
