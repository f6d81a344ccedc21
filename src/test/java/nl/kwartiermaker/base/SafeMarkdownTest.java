package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void script_tags_javascript_links_and_event_handlers_render_inert() {
        String html = markdown.toSafeHtml("""
                Hallo <script>alert('x')</script>

                [klik](javascript:alert(1)) en [ook](JaVaScRiPt:alert(2))

                <img src=x onerror="alert(3)"> <a href="#" onclick="alert(4)">a</a>

                <div onmouseover="alert(5)" style="background:url(javascript:alert(6))">tekst</div>

                <iframe src="https://evil.example"></iframe><svg onload=alert(7)></svg>
                [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)
                """);
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "onerror", "onclick", "onmouseover",
                "onload", "style=", "<iframe", "<svg", "<img", "href=\"data:");
        assertThat(html).contains("Hallo").contains("tekst");
    }

    @Test
    void ordinary_markdown_keeps_its_structure_and_safe_links() {
        String html = markdown.toSafeHtml("""
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
                "href=\"/kennisbank/draagvlak\"", "href=\"https://www.movisie.nl\"", "rel=\"noopener noreferrer\"",
                "href=\"mailto:info@example.nl\"", "<li>een</li>", "<table>", "<td>1</td>");
        assertThat(html).doesNotContain("<h1>");
    }

    @Test
    void a_text_shown_again_is_not_rendered_again_and_the_memory_stays_bounded() {
        String page = "# Draagvlak\n\nLees [meer](/kennisbank/draagvlak).";
        String first = markdown.toSafeHtml(page);
        assertThat(markdown.toSafeHtml(new String(page))).isSameAs(first);

        for (int i = 0; i <= SafeMarkdown.CACHED_TEXTS; i++) {
            markdown.toSafeHtml("tekst " + i);
        }
        assertThat(markdown.toSafeHtml(page)).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void empty_input_renders_nothing() {
        assertThat(markdown.toSafeHtml(null)).isEmpty();
        assertThat(markdown.toSafeHtml("")).isEmpty();
    }
}
