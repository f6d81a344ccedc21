package nl.kwartiermaker.readiness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kwartiermaker.base.ui.Markup;
import org.junit.jupiter.api.Test;

class ResultMarkupTest {

    @Test
    void a_table_escapes_every_text_and_heads_each_row_with_its_first_cell() {
        String table = ResultMarkup.table("Scores <b>", "heatmap", List.of("Thema", "Groep \"A\""),
                List.of(List.of("<script>alert(1)</script>", "2,0"),
                        List.of("Kennis & beeld", new ResultMarkup.Cell("<td class=\"score\">4,0</td>"))));
        assertThat(table).doesNotContain("<script>").doesNotContain("<b>")
                .startsWith("<table class=\"data-table heatmap\"><caption>Scores &lt;b&gt;</caption>")
                .contains("<th scope=\"col\">Groep &quot;A&quot;</th>")
                .contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th><td>2,0</td>")
                .contains("<th scope=\"row\">Kennis &amp; beeld</th><td class=\"score\">4,0</td>");
    }

    @Test
    void a_list_and_its_label_escape_an_adapted_title_or_an_open_answer() {
        String list = ResultMarkup.list("ol", "radar-legend", "Thema's \"kort\"",
                List.of("<img src=x onerror=alert(1)>", "Geld"));
        assertThat(list).doesNotContain("<img")
                .isEqualTo("<ol class=\"radar-legend\" aria-label=\"Thema&#x27;s &quot;kort&quot;\">"
                        + "<li>&lt;img src=x onerror=alert(1)&gt;</li><li>Geld</li></ol>");
        assertThat(Markup.tag("span", "</span><script>", "muted")).isEqualTo(
                "<span class=\"muted\">&lt;/span&gt;&lt;script&gt;</span>");
    }
}
