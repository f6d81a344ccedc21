package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Autowired
    KnowledgeService knowledge;

    @Test
    void a_page_shows_its_links_to_other_sites_with_an_arrow_and_a_spoken_name_and_hides_no_text() throws Exception {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        KnowledgeService.Page page;
        try {
            page = knowledge.create(new PageContent("Links " + UUID.randomUUID().toString().substring(0, 8), "",
                    "Lees [Movisie](https://www.movisie.nl), [draagvlak](/kennisbank/draagvlak) en [x](/\\evil.example)."
                            + "\n\n<style>\nbody { display: none }\n\n## Na de stijl\n\nDeze tekst blijft zichtbaar.",
                    List.of()));
        } finally {
            SignedIn.nobody();
        }
        Chromium.signIn(browser, wait, base(), "medewerker@demo.nl");
        browser.get(url("kennisbank/" + page.slug()));
        settle();
        WebElement external = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".prose a[href='https://www.movisie.nl']")));
        assertThat(external.getDomAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(js().executeScript("return getComputedStyle(arguments[0], '::after').content;", external))
                .asString().contains("\u2197");
        WebElement hidden = external.findElement(By.cssSelector(".visually-hidden"));
        // read aloud, not shown: clipped to a single pixel, as styles.css's .visually-hidden does
        assertThat(hidden.getSize().getWidth()).as("hidden width").isLessThanOrEqualTo(1);
        assertThat(hidden.getSize().getHeight()).as("hidden height").isLessThanOrEqualTo(1);
        assertThat(js().executeScript("return getComputedStyle(arguments[0]).clipPath;", hidden))
                .isEqualTo("inset(50%)");
        assertThat(hidden.getDomProperty("textContent")).isEqualTo(" (link naar een andere website)");
        assertThat(external.getAccessibleName()).contains("Movisie", "(link naar een andere website)");

        WebElement portal = browser.findElement(By.cssSelector(".prose a[href='/kennisbank/draagvlak']"));
        assertThat(js().executeScript("return getComputedStyle(arguments[0], '::after').content;", portal))
                .isEqualTo("none");
        assertThat(browser.findElement(By.cssSelector(".prose a[href='https://evil.example']")).getDomAttribute("rel"))
                .isEqualTo("noopener noreferrer nofollow");
        assertThat(browser.findElement(By.cssSelector(".prose h2")).getText()).isEqualTo("Na de stijl");
        assertThat(browser.findElement(By.cssSelector(".prose")).getText()).contains("Deze tekst blijft zichtbaar.");
        assertThat(browser.findElement(By.tagName("body")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "knowledge-links");
        noViolations("knowledge page with links");
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

        // the Overzicht is longer than the window now that Mijn taken comes first: scroll as a person would
        WebElement stepByStep = browser.findElement(By.cssSelector(".card a[href='kennisbank/go-no-go']"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", stepByStep);
        stepByStep.click();
        wait.until(ExpectedConditions.urlContains("/kennisbank/go-no-go"));
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".knowledge-sources li")));
        // the new page opens at its top, its title in sight (WebDriver reads no text scrolled out of the window)
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

        // the user menu's choices are built when it opens (issue 18)
        WebElement userMenu = browser.findElement(By.cssSelector(".user-menu-button"));
        userMenu.click();
        WebElement logout = wait.until(d -> d.findElements(By.cssSelector(".user-menu-item")).stream()
                .filter(item -> item.getText().contains("Uitloggen")).findFirst().orElse(null));
        assertThat(userMenu.getAttribute("aria-expanded")).isEqualTo("true");
        Chromium.screenshot(browser, "user-menu-open");
        assertThat(Chromium.accessibilityViolations(browser)).as("user menu opened").isEmpty();
        logout.click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get(url("kennisbank"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
