package nl.kwartiermaker.readiness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScanChartsTest {

    @Test
    void the_radar_escapes_every_text_and_draws_one_point_per_scored_theme() {
        String svg = ScanCharts.radar("Scores voor <b>", List.of(new ScanCharts.Axis("Kennis & \"beeld\"", 2.5),
                new ScanCharts.Axis("<script>alert(1)</script>", 4.0), new ScanCharts.Axis("Geld", null)),
                Locale.of("nl"));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;").contains("Kennis &amp; &quot;beeld&quot;").contains("Scores voor &lt;b&gt;")
                .contains("Kennis &amp; &quot;beeld&quot;: 2,5");
        assertThat(Pattern.compile("<circle ").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"");
    }

    @Test
    void a_distribution_bar_splits_its_full_width_by_the_answers_and_shows_an_empty_bar_without_answers() {
        String svg = ScanCharts.distributionBar(new long[] {2, 0, 3, 5, 0, 0});
        Matcher widths = Pattern.compile("width=\"([0-9.]+)\" height").matcher(svg);
        double total = 0;
        int parts = 0;
        while (widths.find()) {
            total += Double.parseDouble(widths.group(1));
            parts++;
        }
        assertThat(parts).isEqualTo(3);
        assertThat(total).isCloseTo(200, org.assertj.core.data.Offset.offset(0.05));
        assertThat(svg).contains("aria-hidden=\"true\"");
        assertThat(ScanCharts.distributionBar(new long[6])).contains("fill=\"#eeeeee\"");
    }
}
