package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundExportsTest {

    @Test
    void open_answers_that_a_spreadsheet_would_run_as_a_formula_stay_text() {
        assertThat(RoundExports.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(RoundExports.neutralise("+31 6")).isEqualTo("'+31 6");
        assertThat(RoundExports.neutralise("@iedereen")).isEqualTo("'@iedereen");
        assertThat(RoundExports.neutralise("Meer uitleg")).isEqualTo("Meer uitleg");
    }

    @Test
    void the_colour_scale_runs_from_light_red_through_yellow_to_light_green() {
        assertThat(ScoreScale.colour(1)).isEqualTo("#f6c6c2");
        assertThat(ScoreScale.colour(3)).isEqualTo("#f9e8b0");
        assertThat(ScoreScale.colour(5)).isEqualTo("#c6e8c4");
        assertThat(ScoreScale.colour(0)).isEqualTo(ScoreScale.colour(1));
        assertThat(ScoreScale.format(3.45, java.util.Locale.of("nl"))).isEqualTo("3,5");
    }
}
