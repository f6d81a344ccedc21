package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** A new SafeMarkdown per test (JUnit makes a new instance per method), so no test reads another test's cache. */
class SafeMarkdownTest {

    private static final Locale DUTCH = PortalLocales.DUTCH;
    private static final String EXTERNAL_NL = "(link naar een andere website)";
    private static final String EXTERNAL_EN = "(link to another website)";
    private static final List<String> SWALLOWING = List.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript", "plaintext", "template", "select");

    private final SafeMarkdown markdown = new SafeMarkdown(new PortalI18nProvider());

    private String html(String text) {
        return markdown.toSafeHtml(text, DUTCH);
    }

    private static Elements links(String html) {
        return Jsoup.parseBodyFragment(html).select("a");
    }

    @Test
    void script_tags_javascript_links_and_event_handlers_render_inert() {
        String html = html("""
                Hallo <script>alert('x')</script>

                [klik](javascript:alert(1)) en [ook](JaVaScRiPt:alert(2))

                <img src=x onerror="alert(3)"> <a href="#" onclick="alert(4)">a</a>

                <div onmouseover="alert(5)" style="background:url(javascript:alert(6))">tekst</div>

                <iframe src="https://evil.example"></iframe><svg onload=alert(7)></svg>
                [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)
                """);
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "onerror", "onclick", "onmouseover",
                "onload", "style=", "<iframe", "<svg", "<img", "href=\"data:", "alert('x')");
        assertThat(html).contains("Hallo").contains("tekst");
    }

    @Test
    void ordinary_markdown_keeps_its_structure_and_safe_links() {
        String html = html("""
                # Kop
                ## Tussenkop
                Een **vette** en *schuine* tekst met [een pagina](/kennisbank/draagvlak),
                [Movisie](https://www.movisie.nl) en [mail](mailto:info@example.nl).

                - een
                - twee

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html).contains("<h2>Kop</h2>", "<h2>Tussenkop</h2>", "<strong>vette</strong>", "<em>schuine</em>",
                "<a href=\"/kennisbank/draagvlak\">een pagina</a>", "href=\"https://www.movisie.nl\"",
                "<a href=\"mailto:info@example.nl\">mail</a>", "<li>een</li>", "<table>", "<td>1</td>");
        assertThat(html).doesNotContain("<h1>");
    }

    @Test
    void a_protocol_relative_link_counts_as_a_link_to_another_site() {
        for (String text : List.of("[x](//evil.example/pad)", "[x](///evil.example/pad)", "[x](<//evil.example/pad>)",
                "[x](&#x2F;&#x2F;evil.example/pad)", "[x]( /\\/evil.example/pad)", "[x](\n//evil.example/pad)",
                "<a href=\"//evil.example/pad\">x</a>", "<a href=\" //evil.example/pad\">x</a>",
                "<a href=\"&#x0a;//evil.example/pad\">x</a>")) {
            Element link = links(html(text)).getFirst();
            assertThat(link.attr("href")).as(text).isEqualTo("https://evil.example/pad");
            assertThat(link.attr("rel")).as(text).isEqualTo("noopener noreferrer nofollow");
            assertThat(link.hasClass("external-link")).as(text).isTrue();
        }
    }

    @Test
    void a_backslash_or_a_tab_that_a_browser_reads_as_a_slash_cannot_lead_off_site_unmarked() {
        for (String text : List.of("[x](/\\evil.example)", "[x](\\\\\\\\evil.example)", "[x](/\\\\evil.example)",
                "<a href=\"/&#92;evil.example\">x</a>", "<a href=\"\\\\evil.example\">x</a>",
                "<a href=\"/\\evil.example\">x</a>", "<a href=\"/\t/evil.example\">x</a>",
                "<a href=\"/&#9;/evil.example\">x</a>", "<a href=\"\\&#10;\\evil.example\">x</a>")) {
            String html = html(text);
            assertThat(links(html)).as(text).isNotEmpty().allSatisfy(link -> {
                assertThat(link.attr("href")).isEqualTo("https://evil.example");
                assertThat(link.attr("rel")).isEqualTo("noopener noreferrer nofollow");
                assertThat(link.select("span.visually-hidden").text()).isEqualTo(EXTERNAL_NL);
            });
        }
    }

    @Test
    void a_single_backslash_stays_a_path_on_the_portal_as_a_browser_reads_it() {
        // Markdown "\\" is an escaped backslash: the address is "\evil.example", which a browser reads as
        // "/evil.example" on the portal itself
        Element link = links(html("[x](\\\\evil.example)")).getFirst();
        assertThat(link.attr("href")).isEqualTo("/evil.example");
        assertThat(link.hasAttr("rel")).isFalse();
    }

    @Test
    void every_link_either_stays_on_the_portal_or_is_an_absolute_address_marked_as_external() {
        String html = html("""
                [a](//h1.example) [b](/\\h2.example) <a href="\\\\h3.example">c</a> <a href="/\t/h4.example">d</a>
                [e](/kennisbank/draagvlak) [f](#anker) [g](?q=1) [h](draagvlak) [i](../kennisbank/de-reis)
                [j](https://www.movisie.nl/a\\b?q=\\x) [k](HTTPS://OK.example) <https://auto.example>
                [l](http:evil.example) [m](http:/evil.example) [n](https:evil) [o](//) [p](mailto:a@b.nl)
                """);
        Elements links = links(html);
        assertThat(links).hasSize(17);
        for (Element link : links) {
            String href = link.attr("href");
            if (href.startsWith("http")) {
                assertThat(href).as(link.text()).matches("https?://[^/\\\\\\s][^\\\\\\s]*(\\?.*)?");
                assertThat(link.attr("rel")).as(link.text()).isEqualTo("noopener noreferrer nofollow");
                assertThat(link.select("span.visually-hidden").text()).as(link.text()).isEqualTo(EXTERNAL_NL);
            } else if (link.hasAttr("href")) {
                assertThat(href).as(link.text()).matches("(/[^/\\\\\\s]|#|\\?|mailto:|[^/\\\\:\\s]).*")
                        .doesNotContain("\\", "\t", "\n");
                assertThat(link.hasAttr("rel")).as(link.text()).isFalse();
                assertThat(link.select("span")).as(link.text()).isEmpty();
            }
        }
        assertThat(links).filteredOn(link -> !link.hasAttr("href")).extracting(Element::text)
                .containsExactly("l", "m", "n", "o");
        assertThat(links).extracting(link -> link.attr("href")).contains("https://h1.example", "https://h2.example",
                "https://h3.example", "https://h4.example", "/kennisbank/draagvlak", "#anker", "?q=1", "draagvlak",
                "../kennisbank/de-reis", "https://www.movisie.nl/a/b?q=\\x", "https://OK.example",
                "https://auto.example", "mailto:a@b.nl");
    }

    @Test
    void javascript_and_data_links_lose_their_address_in_any_spelling() {
        String html = html("""
                [a](JaVaScRiPt:alert(1)) [b](java&#9;script:alert(1)) [c](<java\tscript:alert(1)>)
                [d](javascript&colon;alert(1)) [e](&#x0a;javascript:alert(1)) [f](data:text/html,x)
                [g](vbscript:msgbox(1)) <javascript:alert(1)> [h](  javascript:alert(1))
                <a href="&#106;avascript:alert(1)">i</a> <a href=" javascript:alert(1)">j</a>
                <a href="java
                script:alert(1)">k</a> <a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">l</a>
                <a href="DATA:text/html;base64,PHNjcmlwdD4=">m</a>
                """);
        assertThat(links(html)).hasSizeGreaterThanOrEqualTo(13).allSatisfy(link ->
                assertThat(link.hasAttr("href")).as(link.outerHtml()).isFalse());
    }

    @Test
    void an_author_cannot_set_rel_target_or_class_on_a_link_nor_fake_the_external_mark() {
        String html = html("""
                <a href="https://evil.example" rel="opener" target="_blank" class="external-link">a</a>
                [<span class="visually-hidden">geheim</span> **vet** `code`](/kennisbank/draagvlak)
                <a href="/kennisbank/draagvlak" class="external-link"><a href="//evil.example">binnen</a></a>
                """);
        Elements links = links(html);
        assertThat(links.getFirst().attr("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(links.getFirst().hasAttr("target")).isFalse();
        assertThat(links.get(1).outerHtml()).isEqualTo(
                "<a href=\"/kennisbank/draagvlak\">geheim <strong>vet</strong> <code>code</code></a>");
        assertThat(links).filteredOn(link -> link.attr("href").startsWith("/")).allSatisfy(link ->
                assertThat(link.hasClass("external-link")).isFalse());
        assertThat(links).filteredOn(link -> link.text().contains("binnen")).singleElement().satisfies(link -> {
            assertThat(link.attr("href")).isEqualTo("https://evil.example");
            assertThat(link.hasClass("external-link")).isTrue();
        });
    }

    @Test
    void the_external_mark_is_named_in_the_readers_language() {
        String text = "Lees [Movisie](https://www.movisie.nl).";
        assertThat(links(markdown.toSafeHtml(text, DUTCH)).select("span.visually-hidden").text())
                .isEqualTo(EXTERNAL_NL);
        assertThat(links(markdown.toSafeHtml(text, Locale.ENGLISH)).select("span.visually-hidden").text())
                .isEqualTo(EXTERNAL_EN);
        assertThat(links(markdown.toSafeHtml(text, Locale.GERMAN)).select("span.visually-hidden").text())
                .as("a language the portal does not speak gets Dutch").isEqualTo(EXTERNAL_NL);
    }

    @Test
    void an_unclosed_style_block_is_dropped_without_swallowing_the_text_after_it() {
        String html = html("""
                Voor.

                <style>
                body { display: none }

                ## Daarna

                Tekst met **vet** en een [link](/kennisbank/draagvlak).
                """);
        assertThat(html).doesNotContainIgnoringCase("<style").contains("<p>Voor.</p>", "<h2>Daarna</h2>",
                "<strong>vet</strong>", "<a href=\"/kennisbank/draagvlak\">link</a>");
    }

    @Test
    void an_unclosed_style_in_running_text_keeps_the_rest_of_the_paragraph_and_the_page() {
        String html = html("Voor <StYlE>p { color: red }\nzelfde alinea\n\n*volgende*");
        assertThat(html).doesNotContainIgnoringCase("<style").contains("Voor ", "zelfde alinea", "<em>volgende</em>");
    }

    @Test
    void closed_raw_text_elements_go_with_their_content_in_any_letter_case() {
        for (String name : SWALLOWING) {
            String mixed = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            String html = html("Voor <" + mixed + " a=\"b\">geheim *x*</" + name.toUpperCase(Locale.ROOT)
                    + " > na\n\n<" + name + ">\n\ngeheim\n\n</" + mixed + ">\n\n**daarna**");
            assertThat(html).as(name).doesNotContain("geheim").doesNotContainIgnoringCase("<" + name)
                    .contains("Voor ", " na", "<strong>daarna</strong>");
        }
    }

    @Test
    void an_unclosed_raw_text_element_of_any_kind_never_hides_what_follows() {
        for (String name : SWALLOWING) {
            String html = html("Voor <" + name + ">\n\n## Kop\n\nna <" + name.toUpperCase(Locale.ROOT) + "/>*nog*");
            assertThat(html).as(name).doesNotContainIgnoringCase("<" + name).contains("Voor", "<h2>Kop</h2>", "na ",
                    "<em>nog</em>");
            assertThat(html("<" + name + " id=\"x\">\n\n**na**")).as("starting a line: " + name)
                    .doesNotContainIgnoringCase("<" + name).contains("<strong>na</strong>");
        }
    }

    @Test
    void a_raw_text_element_hidden_inside_another_tag_name_is_still_removed() {
        String html = html("<scr<script>ipt>alert(1)</script> na <style><style></style>zichtbaar</style>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(1)").contains(" na ",
                "zichtbaar");
    }

    @Test
    void comments_unclosed_tags_and_unclosed_attributes_do_not_hide_what_follows() {
        for (String opening : List.of("<!-- open", "<div title=\"x", "<style", "<a href=\"/kennisbank/x",
                "<![CDATA[ x", "<?php x", "<pre>", "<textarea")) {
            assertThat(html("Voor " + opening + "\n\n**na**\n\n## Kop")).as("in a line: " + opening)
                    .contains("Voor", "<strong>na</strong>", "<h2>Kop</h2>");
            assertThat(html(opening + "\n\n**na**\n\n## Kop")).as("starting a line: " + opening)
                    .contains("<strong>na</strong>", "<h2>Kop</h2>");
        }
    }

    @Test
    void raw_text_tags_in_code_are_shown_as_code() {
        String html = html("Schrijf `<style>` niet.\n\n    <script>x</script>\n\nna");
        assertThat(html).contains("<code>&lt;style&gt;</code>", "&lt;script&gt;x&lt;/script&gt;", "<p>na</p>");
    }

    @Test
    void a_nul_character_in_the_text_cannot_make_the_sanitiser_drop_text() {
        String html = html("eerst \u0000<script\u0000 midden \u0000/script\u0000 laatst &#0; einde");
        assertThat(html).contains("eerst", "midden", "laatst", "einde").doesNotContain("\u0000");
    }

    @Test
    void a_text_shown_again_is_not_rendered_again_and_the_memory_stays_bounded() {
        String page = "# Draagvlak\n\nLees [meer](/kennisbank/draagvlak).";
        String first = html(page);
        assertThat(html(new String(page))).isSameAs(first);

        for (int i = 0; i <= SafeMarkdown.CACHED_TEXTS; i++) {
            html("tekst " + i);
        }
        assertThat(html(page)).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void the_same_text_read_in_another_language_is_not_served_from_the_first_languages_cache() {
        String text = "[Movisie](https://www.movisie.nl)";
        assertThat(markdown.toSafeHtml(text, DUTCH)).contains(EXTERNAL_NL);
        assertThat(markdown.toSafeHtml(text, Locale.ENGLISH)).contains(EXTERNAL_EN).doesNotContain(EXTERNAL_NL);
        assertThat(markdown.toSafeHtml(text, DUTCH)).contains(EXTERNAL_NL);
    }

    @Test
    void empty_input_renders_nothing() {
        assertThat(markdown.toSafeHtml(null, DUTCH)).isEmpty();
        assertThat(html("")).isEmpty();
    }
}
