package nl.kwartiermaker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.kwartiermaker.e2e.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.ObjectMapper;

/**
 * What a first visit makes Chromium download: JavaScript and CSS, compressed (bytes on the wire) and plain. A NetLog
 * records the traffic and {@code bin/benchmark/netlog-summary.py} sums it. The login page is measured alone; the
 * Overzicht as the whole way from the address bar through sign-in to the Overzicht, with an empty cache.
 */
final class PageWeightBenchmark {

    record Result(String page, long jsWireBytes, long jsPlainBytes, long cssWireBytes, long cssPlainBytes) {
    }

    private final ServerProcess portal;
    private final Path workFolder;

    PageWeightBenchmark(ServerProcess portal, Path workFolder) {
        this.portal = portal;
        this.workFolder = workFolder;
    }

    Result loginPage() {
        return measure("login page", browser -> {
        });
    }

    Result signInToOverview() {
        return measure("sign-in to Overzicht", browser -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.cssSelector("input[name=username]")).isEmpty());
            browser.findElement(By.cssSelector("input[name=username]")).sendKeys("medewerker@demo.nl");
            browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
            wait.until(ExpectedConditions.titleIs("Overzicht · Kwartiermaker"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
            waitForVaadin(browser, wait);
        });
    }

    private Result measure(String page, java.util.function.Consumer<WebDriver> afterLoad) {
        Path netLog = workFolder.resolve(page.replace(' ', '-') + ".netlog.json");
        // Chromium reaches the server as "localhost", the only name its host-resolver rules let through
        String login = "http://localhost:" + portal.address.getPort() + "/login";
        try {
            WebDriver browser = Chromium.start(1280, 900, "--log-net-log=" + netLog,
                    "--net-log-capture-mode=Everything");
            try {
                browser.get(login);
                waitForVaadin(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
                afterLoad.accept(browser);
            } finally {
                browser.quit(); // Chromium finishes the NetLog file when it exits
            }
            Map<?, ?> sizes = netLogSizes(netLog);
            return new Result(page, number(sizes, "js_wire_bytes"), number(sizes, "js_plain_bytes"),
                    number(sizes, "css_wire_bytes"), number(sizes, "css_plain_bytes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What {@code bin/benchmark/netlog-summary.py} sums from a NetLog: bytes of JavaScript and CSS. */
    static Map<?, ?> netLogSizes(Path netLog) throws IOException, InterruptedException {
        Process summary = new ProcessBuilder("python3", "bin/benchmark/netlog-summary.py", netLog.toString())
                .redirectErrorStream(true).start();
        String json = new String(summary.getInputStream().readAllBytes());
        summary.waitFor();
        return new ObjectMapper().readValue(json, Map.class);
    }

    static long number(Map<?, ?> sizes, String key) {
        return ((Number) sizes.get(key)).longValue();
    }

    private static void waitForVaadin(WebDriver browser, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }
}
