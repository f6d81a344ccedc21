package nl.kwartiermaker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.kwartiermaker.e2e.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page a respondent opens on a phone (issue 11): the project lead of the demo traject starts a round and makes a
 * group link, then a 360 × 800 Chromium opens the link with an empty cache and we measure what the person waits for
 * and what the phone carries: the time until the first statement is on screen, the main thread's busy time until the
 * page is idle (Chromium's own TaskDuration), the elements on the screen (shadow DOM included) and the JavaScript
 * downloaded (NetLog, as the page-weight step measures).
 */
final class RespondentPageBenchmark {

    /** {@code nodes}: Chromium's own count of live DOM nodes (text nodes too), as its performance monitor shows. */
    record Result(long elements, long nodes, double firstQuestionMs, double mainThreadMs, long jsWireBytes,
                  long jsPlainBytes) {
    }

    private final ServerProcess portal;
    private final Path workFolder;

    RespondentPageBenchmark(ServerProcess portal, Path workFolder) {
        this.portal = portal;
        this.workFolder = workFolder;
    }

    Result measure() {
        String link = groupLink();
        Path netLog = workFolder.resolve("respondent-page.netlog.json");
        try {
            ChromeDriver phone = (ChromeDriver) Chromium.start(360, 800, "--log-net-log=" + netLog,
                    "--net-log-capture-mode=Everything");
            long elements;
            long nodes;
            double firstQuestion;
            double busy;
            try {
                WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(60));
                phone.get("about:blank");
                phone.executeCdpCommand("Performance.enable", Map.of());
                double before = metric(phone, "TaskDuration");
                phone.get(link);
                firstQuestion = ((Number) ((JavascriptExecutor) phone).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const look = () => {
                          const q = document.querySelector('.scan-statement');
                          if (q && q.checkVisibility() && q.getBoundingClientRect().top < window.innerHeight) {
                            done(performance.now());
                          } else {
                            requestAnimationFrame(look);
                          }
                        };
                        look();
                        """)).doubleValue();
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients && Object"
                                + ".values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
                Thread.sleep(500);
                busy = (metric(phone, "TaskDuration") - before) * 1000;
                nodes = (long) metric(phone, "Nodes");
                elements = ((Number) ((JavascriptExecutor) phone).executeScript("""
                        const count = root => [...root.querySelectorAll('*')]
                            .reduce((n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
                        return count(document);
                        """)).longValue();
            } finally {
                phone.quit(); // Chromium finishes the NetLog file when it exits
            }
            Map<?, ?> sizes = PageWeightBenchmark.netLogSizes(netLog);
            return new Result(elements, nodes, firstQuestion, busy, PageWeightBenchmark.number(sizes, "js_wire_bytes"),
                    PageWeightBenchmark.number(sizes, "js_plain_bytes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double metric(ChromeDriver browser, String name) {
        Map<String, Object> metrics = browser.executeCdpCommand("Performance.getMetrics", Map.of());
        return ((java.util.List<?>) metrics.get("metrics")).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> name.equals(m.get("name"))).findFirst()
                .map(m -> ((Number) m.get("value")).doubleValue()).orElseThrow();
    }

    /** The demo project lead starts a round on the demo traject and makes a link for Medewerkers. */
    private String groupLink() {
        String base = "http://localhost:" + portal.address.getPort();
        try {
            WebDriver lead = Chromium.start(1280, 900);
            try {
                WebDriverWait wait = new WebDriverWait(lead, Duration.ofSeconds(60));
                JavascriptExecutor js = (JavascriptExecutor) lead;
                lead.get(base + "/login");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
                lead.findElement(By.cssSelector("input[name=username]")).sendKeys("projectleider@demo.nl");
                lead.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
                wait.until(ExpectedConditions.titleContains("Overzicht"));
                lead.get(base + "/trajecten/2/scans");
                click(wait, js, "vaadin-button", "Nieuwe ronde");
                String name = "Benchmark " + UUID.randomUUID().toString().substring(0, 6);
                WebElement field = wait.until(d -> (WebElement) js.executeScript("""
                        const f = [...document.querySelectorAll('vaadin-text-field')]
                            .find(f => f.label === 'Naam van de ronde');
                        return f && f.querySelector('input');"""));
                field.sendKeys(name, Keys.TAB);
                click(wait, js, "vaadin-button", "Ronde starten");
                wait.until(d -> d.findElements(By.cssSelector("section.scan-round h2")).stream()
                        .anyMatch(h -> h.getText().equals(name)));
                // "Groepslink maken" before issue 11 gave the links a place of their own; kept to measure that build
                click(wait, js, "vaadin-button", "Groepslinks", "Groepslink maken");
                js.executeScript("document.querySelector('vaadin-dialog-overlay vaadin-select, vaadin-select')"
                        + ".click();");
                click(wait, js, "vaadin-select-item", "Medewerkers");
                click(wait, js, "vaadin-button", "Link maken");
                String link = wait.until(d -> (String) js.executeScript("""
                        const f = [...document.querySelectorAll('vaadin-text-field')]
                            .find(f => f.label === 'Link voor de groep');
                        return f && f.value ? f.value : null;"""));
                return base + "/scan/" + link.substring(link.lastIndexOf('/') + 1);
            } finally {
                lead.quit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks the visible element with one of these texts, read in the page (also when scrolled out of view). */
    private static void click(WebDriverWait wait, JavascriptExecutor js, String selector, String... texts) {
        WebElement element = wait.until(d -> (WebElement) js.executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                    .find(e => e.checkVisibility() && arguments[1].includes(e.innerText.trim())) || null;
                """, selector, java.util.List.of(texts)));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }
}
