package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    private static final String TYPED = "<script>alert('x')</script> \"Samen\" & <b>verder</b>";

    @Test
    void a_typed_text_stays_text_in_a_line_a_link_and_a_list() {
        String html = Markup.list(List.of(Markup.link("verhalen/\"><script>", TYPED) + Markup.span(TYPED, "muted")))
                .getProperty("innerHTML", "");

        var parsed = Jsoup.parseBodyFragment(html).body();
        assertThat(parsed.select("script, b")).isEmpty();
        assertThat(parsed.select("li")).hasSize(1);
        assertThat(parsed.select("a").attr("href")).isEqualTo("verhalen/\"><script>");
        assertThat(parsed.select("a").text()).isEqualTo(TYPED);
        assertThat(parsed.select("span.muted").text()).isEqualTo(TYPED);
    }
}
