package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an author can type that a reader's browser must never run, and text the portal must keep exactly: refused with
 * the limit's message, or saved as typed and rendered inert by the one renderer.
 */
@DatabaseTest
class StoryHostileTextTest {

    @Autowired
    StoryWritingService writing;
    @Autowired
    SafeMarkdown markdown;
    @Autowired
    UserService users;

    @BeforeEach
    void anAuthor() {
        StoryPeople.signInAs(StoryPeople.create(users, "schrijver", Role.MEDEWERKER));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    StoryContent content(String title, String body) {
        return new StoryContent(title, "Samenvatting", body, "Het verschil", Set.of(), Set.of(), null);
    }

    String rendered(String body) {
        return markdown.toSafeHtml(body, Locale.of("nl"));
    }

    @Test
    void a_body_of_a_hundred_thousand_characters_is_refused_with_the_limit_and_the_draft_keeps_what_was_saved() {
        Story saved = writing.start(content("Lang verhaal", "Wat er al stond."));
        String huge = "a".repeat(100_000);
        assertThatThrownBy(() -> writing.save(saved.getId(), saved.getVersion(), content("Lang verhaal", huge)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).messageKey()).isEqualTo("story.error.body"));
        assertThat(writing.draft(saved.getId()).story().getBody()).isEqualTo("Wat er al stond.");
    }

    @Test
    void right_to_left_and_emoji_text_is_kept_exactly_and_gets_an_address() {
        String title = "مرحبا 🌷 שלום";
        String body = "Zij zei: \u202Eדבר\u202C 👩🏽‍🦱 — \"أهلاً\"";
        Story saved = writing.start(content(title, body));
        Story read = writing.draft(saved.getId()).story();
        assertThat(read.getTitle()).isEqualTo(title);
        assertThat(read.getBody()).isEqualTo(body);
        assertThat(read.getSlug()).as("an address of plain characters, even without Latin letters")
                .matches("[a-z0-9-]+");
        assertThat(rendered(body)).contains("👩🏽‍🦱").contains("أهلاً");
    }

    @Test
    void markdown_link_and_image_tricks_and_raw_markup_are_rendered_inert() {
        String body = """
                ![plaatje](javascript:alert(1)) ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
                [klik](javascript:alert(2)) [data](data:text/html,<script>alert(3)</script>)
                [titel](https://example.org "\\" onmouseover=\\"alert(4)")
                <svg onload=alert(5)></svg> <img src=x onerror=alert(6)> <a href="jav&#x09;ascript:alert(7)">x</a>
                <iframe src="https://example.org"></iframe> <style>body{display:none}</style>
                """;
        Story saved = writing.start(content("Trucs", body));
        // read as a browser would: no element that runs or embeds, no handler attribute, no address with a scheme
        // that runs code (the title trick survives only as inert text inside a quoted title)
        Document page = Jsoup.parseBodyFragment(rendered(writing.draft(saved.getId()).story().getBody()));
        assertThat(page.select("script, style, svg, iframe, img, object, embed")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("on " + element.tagName()).doesNotStartWith("on");
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                            .doesNotStartWith("javascript:").doesNotStartWith("data:");
                }
            }
        }
        assertThat(page.text()).contains("klik", "titel");
    }
}
