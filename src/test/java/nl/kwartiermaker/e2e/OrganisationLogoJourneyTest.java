package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.organisation.LogoFiles;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a broken or hostile logo file does in a real browser: it is refused with a message, a broken one already
 * stored does not stop a document from downloading, and an upload sent past the browser's size check is refused with
 * one log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrganisationLogoJourneyTest extends BrowserJourney {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoleDescriptionService descriptions;

    private void openOrganisationPage() {
        Chromium.signIn(browser, wait, base(), "beheerder@demo.nl");
        browser.get(base() + "/beheer/organisatie");
        wait.until(ExpectedConditions.titleContains("Organisatie"));
        settle();
    }

    private List<String> notifications() {
        return wait.until(d -> {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) js().executeScript(
                    "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.textContent.trim())");
            return texts.isEmpty() ? null : texts;
        });
    }

    private static List<String> warningsAndErrors(String logged) {
        return logged.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
    }

    @Test
    void a_file_that_only_starts_like_a_png_is_refused_with_a_message(@TempDir Path folder)
            throws IOException {
        openOrganisationPage();
        Path fake = Files.write(folder.resolve("logo.png"), LogoFiles.pngSignatureOnly());
        WebElement input = (WebElement) js().executeScript("""
                const upload = document.querySelector('vaadin-upload');
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || [...upload.querySelectorAll('*')].map(e => e.shadowRoot && e.shadowRoot.querySelector('input[type=file]')).find(e => e);
                """);
        input.sendKeys(fake.toString());
        assertThat(notifications()).anyMatch(t -> t.startsWith("Dit bestand is geen volledige, leesbare afbeelding"))
                .noneMatch(t -> t.contains("opgeslagen"));
        assertThat(browser.findElements(By.cssSelector("img.organisation-logo"))).isEmpty();
    }

    /** Posts a file of this many bytes as a form would, past the upload component and its size check. */
    private Object postMultipart(int bytes) {
        return js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = new FormData();
                form.append('file', new Blob([new Uint8Array(arguments[0])], {type: 'image/png'}), 'groot.png');
                // a hand-made request answers in the browser's language; headless Chromium asks for English otherwise
                fetch(document.querySelector('vaadin-upload').target, {method: 'POST', body: form,
                        headers: {'Accept-Language': 'nl'}})
                    .then(r => r.text().then(t => done(r.status + ' ' + t.trim())), e => done('error ' + e));
                """, bytes);
    }

    @Test
    void an_upload_sent_past_the_browsers_size_check_is_refused_with_one_log_line(CapturedOutput output) {
        openOrganisationPage();

        // past the request limit, found out from the request's length before anything reads it
        int before = output.getOut().length();
        assertThat(postMultipart(TWENTY_MB)).isEqualTo("413 Het bestand is te groot om te versturen: hoogstens 10 MB.");
        String logged = output.getOut().substring(before);
        assertThat(warningsAndErrors(logged)).singleElement().asString().contains("WARN", "too large");
        assertThat(logged).doesNotContain("\tat ");

        // within the request limit but past the limit for one file, found out only while the body is parsed
        before = output.getOut().length();
        assertThat(postMultipart(2 * 1024 * 1024)).isEqualTo(
                "413 Het bestand is te groot om te versturen: hoogstens 1 MB.");
        logged = output.getOut().substring(before);
        assertThat(warningsAndErrors(logged)).singleElement().asString().contains("WARN", "too large");
        assertThat(logged).doesNotContain("\tat ");

        // the browser's upload component sends the file as the raw body; the view reads no more than the limit
        before = output.getOut().length();
        js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('vaadin-upload').target, {method: 'POST',
                        headers: {'Content-Type': 'image/png', 'X-Filename': 'groot.png'},
                        body: new Uint8Array(arguments[0])})
                    .then(r => done(r.status), e => done('error ' + e));
                """, TWENTY_MB);
        settle();
        logged = output.getOut().substring(before);
        assertThat(warningsAndErrors(logged)).singleElement().asString().contains("WARN", "Logo upload refused");
        assertThat(logged).doesNotContain("\tat ");
    }

    @Test
    void a_broken_logo_already_stored_leaves_the_docx_and_pdf_downloads_working(
            @TempDir Path downloads) throws Exception {
        SignedIn.as("hr@demo.nl", Role.HR_ADVISEUR);
        RoleDescription description = descriptions.create("Ervaringsdeskundige met een kapot logo");
        SignedIn.nobody();
        jdbc.update("update organisation_profile set logo = ?, logo_type = 'image/png' where id = 1",
                (Object) LogoFiles.pngSignatureOnly());
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));

        try {
            Chromium.signIn(browser, wait, base(), "hr@demo.nl");
            browser.get(base() + "/functieprofielen/" + description.getId());
            settle();
            js().executeScript("document.querySelector('vaadin-details.roledesc-downloads').opened = true;");
            for (String format : new String[] {"docx", "pdf"}) {
                // the section builds its links when it opens
                WebElement link = wait.until(d -> d.findElement(By.cssSelector("a.download-description-" + format)));
                js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", link);
                Path file = new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> downloaded(downloads, format));
                byte[] start = Arrays.copyOf(Files.readAllBytes(file), 4);
                assertThat(new String(start, StandardCharsets.ISO_8859_1))
                        .startsWith(format.equals("pdf") ? "%PDF" : "PK");
            }
            assertThat(browser.getCurrentUrl()).endsWith("/functieprofielen/" + description.getId());
            assertThat(browser.findElements(By.cssSelector("vaadin-notification-card"))).isEmpty();
        } finally {
            jdbc.update("update organisation_profile set logo = null, logo_type = null where id = 1");
        }
    }

    private static Path downloaded(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("." + extension))
                    .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
