package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupThresholdTest {

    private static GroupThreshold of(long medewerkers, long management, long directie) {
        Map<RespondentGroup, Long> counts = new EnumMap<>(RespondentGroup.class);
        counts.put(RespondentGroup.MEDEWERKERS, medewerkers);
        counts.put(RespondentGroup.MANAGEMENT, management);
        counts.put(RespondentGroup.DIRECTIE_BESTUUR, directie);
        return GroupThreshold.of(counts);
    }

    @Test
    void groups_with_five_or_more_responses_are_shown() {
        GroupThreshold threshold = of(12, 5, 7);
        assertThat(threshold.shown()).containsExactlyInAnyOrder(RespondentGroup.MEDEWERKERS,
                RespondentGroup.MANAGEMENT, RespondentGroup.DIRECTIE_BESTUUR);
        assertThat(threshold.totalsShown()).isTrue();
    }

    @Test
    void when_one_group_is_hidden_the_next_smallest_is_hidden_too_so_the_total_cannot_reveal_it() {
        GroupThreshold threshold = of(20, 6, 3);
        assertThat(threshold.of(RespondentGroup.DIRECTIE_BESTUUR)).isEqualTo(GroupThreshold.Visibility.TOO_FEW);
        assertThat(threshold.of(RespondentGroup.MANAGEMENT)).isEqualTo(GroupThreshold.Visibility.PROTECTS_ANOTHER);
        assertThat(threshold.shown()).containsExactly(RespondentGroup.MEDEWERKERS);
        assertThat(threshold.totalsShown()).isTrue();
    }

    @Test
    void hidden_groups_that_together_reach_the_minimum_need_no_further_hiding() {
        GroupThreshold threshold = of(20, 3, 2);
        assertThat(threshold.shown()).containsExactly(RespondentGroup.MEDEWERKERS);
        assertThat(threshold.of(RespondentGroup.MANAGEMENT)).isEqualTo(GroupThreshold.Visibility.TOO_FEW);
        assertThat(threshold.of(RespondentGroup.DIRECTIE_BESTUUR)).isEqualTo(GroupThreshold.Visibility.TOO_FEW);
    }

    @Test
    void fewer_than_five_respondents_in_all_show_nothing_at_all() {
        GroupThreshold threshold = of(4, 0, 0);
        assertThat(threshold.shown()).isEmpty();
        assertThat(threshold.totalsShown()).isFalse();
        assertThat(threshold.of(RespondentGroup.MANAGEMENT)).isEqualTo(GroupThreshold.Visibility.NO_RESPONSES);
    }
}
