package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.component.internal.UIInternals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DownloadLinkTest extends BrowserlessViewTest {

    final AtomicInteger made = new AtomicInteger();

    @BeforeEach
    void signIn() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        UI.getCurrent().navigate("");
    }

    DownloadLink onThePage(DownloadLink link) {
        UI.getCurrent().add(link);
        return link;
    }

    DownloadLink.Document report() {
        made.incrementAndGet();
        return new DownloadLink.Document("rapport.pdf", "application/pdf", "%PDF-1.7 rapport".getBytes());
    }

    List<String> scripts() {
        UIInternals internals = UI.getCurrent().getInternals();
        return internals.dumpPendingJavaScriptInvocations().stream().map(i -> i.getInvocation().getExpression())
                .toList();
    }

    @Test
    void a_click_makes_the_document_once_and_hands_it_to_the_browser() {
        DownloadLink link = onThePage(new DownloadLink("Rapport (PDF)", this::report));
        DownloadLinkClick.on(link);
        assertThat(notificationTexts()).isEmpty();
        assertThat(scripts()).anyMatch(js -> js.contains("a.click()"));

        ByteArrayOutputStream fetched = new ByteArrayOutputStream();
        new AnchorTester(link).download(fetched);
        assertThat(fetched.toString(StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 rapport");
        assertThat(made).as("the browser gets the document made on the click").hasValue(1);
    }

    @Test
    void a_download_that_fails_shows_a_message_on_the_page_and_logs_the_failure_once(CapturedOutput output) {
        DownloadLink link = onThePage(new DownloadLink("Rapport (PDF)", () -> {
            throw new IllegalStateException("the renderer broke");
        }));
        int before = output.getOut().length();
        DownloadLinkClick.on(link);
        assertThat(notificationTexts()).containsExactly(
                "Het document kon niet worden gemaakt. Probeer het opnieuw; blijft het misgaan, meld het dan bij de "
                        + "beheerder.");
        assertThat(scripts()).noneMatch(js -> js.contains("a.click()"));
        String logged = output.getOut().substring(before);
        assertThat(logged.lines().filter(l -> l.contains("Download of \"Rapport (PDF)\" failed"))).hasSize(1);
    }

    @Test
    void a_download_refused_for_a_reason_the_person_can_act_on_says_that_reason() {
        DownloadLink link = onThePage(new DownloadLink("PDF", () -> {
            throw new InvalidInput("roledesc.error.notfound");
        }));
        DownloadLinkClick.on(link);
        assertThat(notificationTexts()).singleElement().asString().isNotBlank().doesNotStartWith("!")
                .isEqualTo(link.getTranslation("roledesc.error.notfound"));
    }

    @Test
    void the_address_fetched_on_its_own_answers_a_failure_with_a_sentence_not_a_json_body() {
        DownloadLink link = onThePage(new DownloadLink("Antwoorden (CSV)", () -> {
            throw new IllegalStateException("the database is gone");
        }));
        ByteArrayOutputStream fetched = new ByteArrayOutputStream();
        new AnchorTester(link).download(fetched);
        assertThat(fetched.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Het document kon niet worden gemaakt. Probeer het opnieuw; blijft het misgaan, meld het dan bij de "
                        + "beheerder.\n");
    }

    @Test
    void the_address_fetched_on_its_own_makes_a_new_document_each_time() {
        DownloadLink link = onThePage(new DownloadLink("Rapport (PDF)", this::report));
        for (int i = 1; i <= 2; i++) {
            ByteArrayOutputStream fetched = new ByteArrayOutputStream();
            new AnchorTester(link).download(fetched);
            assertThat(fetched.toString(StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 rapport");
            assertThat(made).hasValue(i);
        }
    }
}
