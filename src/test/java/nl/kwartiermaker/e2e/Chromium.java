package nl.kwartiermaker.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (never a downloaded browser). Public for the
 * benchmark's page-weight measurement, which adds a NetLog.
 */
public final class Chromium {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** axe-core 4.14.1 from the npm registry (see src/test/resources/axe-core). */
    private static final String AXE_4_14 = axeScript();

    private Chromium() {
    }

    public static WebDriver start(int width, int height, String... extraArguments) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync",
                "--disable-extensions", "--lang=nl", "--window-size=" + width + "," + height,
                // only the portal on localhost is reachable: no other host name resolves, so nothing leaves the machine
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (width < 500) {
            // a headless window is never narrower than 500 px; a phone's width needs device emulation
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Runs axe-core with the WCAG 2.1 A and AA rules and describes every violation, so a failure says what to fix.
     * axe is put into the page once and stays there while Vaadin navigates within it; only violations come back
     * (Deque's Java integration injected the script and returned every passing node on each call, which made the
     * axe checks most of the suite's browser time).
     */
    static String accessibilityViolations(WebDriver driver) {
        // A select's or combo box's list closes with an animation after a choice; axe would report the closing
        // list (Vaadin gives its scroller no name) instead of the view, so it waits until no list is visible.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll('vaadin-combo-box-scroller, "
                        + "vaadin-select-list-box')].every(list => !list.checkVisibility());")));
        // A notification fades in: axe measured the contrast of a half-transparent card once (a journey failed on
        // color-contrast of vaadin-notification-card). Finite animations end first; endless ones (spinners) do not.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.getAnimations().every(a => a.playState !== 'running'"
                        + " || a.effect?.getComputedTiming().endTime === Infinity);")));
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE_4_14);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(results => done(results.violations.map(rule => rule.id + ' (' + rule.impact + '): '
                            + rule.help + ' at ' + rule.nodes.map(node => JSON.stringify(node.target)).join(', '))),
                        failure => done(['axe-core failed: ' + failure]));
                """, WCAG_21_AA);
        return String.join("\n", violations);
    }

    /**
     * Text a person cannot read because it is cut off: a label, legend, option or grid cell whose text is wider than
     * its box (so it ends in "…" or just stops) without a tooltip giving the whole text, and a grid column that starts
     * or ends beyond its grid's edge. Looks inside shadow DOM too. Returns one line per problem.
     */
    static List<String> clippedTexts(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const problems = [];
                const text = el => (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ');
                const titled = el => { for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                    if (e.getAttribute && e.getAttribute('title')) return true; } return false; };
                const parentOf = e => e.parentElement || (e.getRootNode() && e.getRootNode().host);
                const inScroller = el => { for (let e = parentOf(el); e; e = parentOf(e)) {
                    const x = getComputedStyle(e).overflowX;
                    if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth) return true; } return false; };
                const check = el => {
                  if (!el.checkVisibility() || !text(el)) return;
                  const box = el.getBoundingClientRect();
                  if (box.width > 0 && box.right > document.documentElement.clientWidth + 1 && !inScroller(el)) {
                    problems.push(el.localName + ' "' + text(el).slice(0, 60) + '" runs past the edge of the screen');
                    return;
                  }
                  const style = getComputedStyle(el);
                  const hides = style.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(style.overflowX);
                  if (hides && el.scrollWidth > el.clientWidth + 1 && !titled(el)) {
                    problems.push(el.localName + (el.slot ? '[slot=' + el.slot + ']' : '') + ' "' + text(el).slice(0, 60)
                        + '" is cut off (' + el.scrollWidth + ' > ' + el.clientWidth + ' px)');
                  }
                };
                const visit = root => {
                  for (const el of root.querySelectorAll('*')) {
                    if (el.matches('label, legend, [slot=label], vaadin-grid-cell-content, vaadin-radio-button, '
                        + 'vaadin-checkbox, vaadin-select-value-button, vaadin-item, vaadin-select-item, th, td')
                        || getComputedStyle(el).textOverflow === 'ellipsis') {
                      check(el);
                    }
                    if (el.shadowRoot) visit(el.shadowRoot);
                  }
                };
                visit(document);
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                  if (!grid.checkVisibility()) continue;
                  const edge = grid.getBoundingClientRect();
                  for (const header of grid.shadowRoot.querySelectorAll('thead th')) {
                    const cell = header.getBoundingClientRect();
                    if (cell.width > 0 && (cell.right > edge.right + 1 || cell.left < edge.left - 1)) {
                      const slot = header.querySelector('slot');
                      const content = slot && slot.assignedElements()[0];
                      problems.push('grid column "' + (content ? text(content) : '?') + '" lies beyond the edge of its grid');
                    }
                  }
                }
                return problems;
                """);
        return found;
    }

    private static String axeScript() {
        try (var in = Chromium.class.getResourceAsStream("/axe-core/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until Vaadin has answered every request the page made. */
    static void waitForVaadin(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * Opens a page of the portal as a click on a link in it does: Vaadin navigates within the page that is loaded,
     * without loading and starting the client again (a full load per view made the every-view check the longest part
     * of the suite). Returns once Vaadin has answered (the view may have sent the browser elsewhere).
     */
    static void navigate(WebDriver driver, WebDriverWait wait, String path) {
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const target = new URL(arguments[0], location.href);
                const link = document.createElement('a');
                link.href = target.href;
                link.setAttribute('router-link', '');
                document.body.appendChild(link);
                link.click();
                link.remove();
                const clients = () => Object.values(window.Vaadin.Flow.clients);
                const started = Date.now();
                let answered = false;
                (function poll() {
                  const busy = clients().some(c => c.isActive && c.isActive());
                  answered = answered || busy;
                  // the request starts within milliseconds; a second without one means it came and went unseen
                  if (!busy && (answered || Date.now() - started > 1000)) {
                    done();
                  } else {
                    setTimeout(poll, 5);
                  }
                })();
                """, path);
        waitForVaadin(wait);
    }

    /** Signs in through the login form with a demo account (password "demo") and waits for the Overzicht. */
    static void signIn(WebDriver driver, WebDriverWait wait, String baseUrl, String email) {
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        driver.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Overzicht"));
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
