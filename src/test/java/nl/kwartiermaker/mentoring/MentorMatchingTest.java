package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.mentoring.ExperienceTheme.DAKLOOSHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.PSYCHISCHE_KWETSBAARHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.SCHULDEN_EN_ARMOEDE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The ranking on its own: who is never suggested, and how the reasons weigh. */
class MentorMatchingTest {

    private final AtomicLong ids = new AtomicLong();
    private final RegisteredPerson expert = person("Eva", true, false, false, "Wijkteam Noord", 0, null,
            EnumSet.of(VERSLAVING, DAKLOOSHEID, SCHULDEN_EN_ARMOEDE));

    private RegisteredPerson person(String name, boolean expert, boolean mentor, boolean buddy, String team,
                                    int capacity, Seniority seniority, Set<ExperienceTheme> themes) {
        RegisteredPerson person = new RegisteredPerson(name);
        ReflectionTestUtils.setField(person, "id", ids.incrementAndGet());
        person.setExpert(expert);
        person.setOffersMentoring(mentor);
        person.setOffersBuddy(buddy);
        person.setTeam(team);
        person.setCapacity(capacity);
        person.setSeniority(seniority);
        person.setThemes(themes);
        return person;
    }

    private RegisteredPerson mentor(String name, int capacity, Seniority seniority, Set<ExperienceTheme> themes) {
        return person(name, false, true, false, "Wijkteam Zuid", capacity, seniority, themes);
    }

    private static List<String> names(List<MentorSuggestion> suggestions) {
        return suggestions.stream().map(MentorSuggestion::name).toList();
    }

    @Test
    void nobody_is_suggested_who_left_is_unavailable_does_not_offer_it_is_full_or_already_supports_the_expert() {
        RegisteredPerson fine = mentor("Fien", 2, Seniority.EXPERIENCED, Set.of());
        RegisteredPerson left = mentor("Lotte", 2, Seniority.SENIOR, Set.of());
        left.setLeftOn(LocalDate.of(2026, 1, 1));
        RegisteredPerson unavailable = mentor("Umar", 2, Seniority.SENIOR, Set.of());
        unavailable.setAvailable(false);
        RegisteredPerson buddyOnly = person("Bram", true, false, true, "", 2, null, Set.of());
        RegisteredPerson full = mentor("Vera", 2, Seniority.SENIOR, Set.of());
        RegisteredPerson supporting = mentor("Sem", 2, Seniority.SENIOR, Set.of());
        RegisteredPerson noCapacity = mentor("Nina", 0, Seniority.SENIOR, Set.of());

        List<MentorSuggestion> ranked = MentorMatching.rank(expert, SupportKind.MENTOR,
                List.of(fine, left, unavailable, buddyOnly, full, supporting, noCapacity, expert),
                Map.of(full.getId(), 2L), Set.of(supporting.getId()));

        assertThat(names(ranked)).containsExactly("Fien");
    }

    @Test
    void a_buddy_is_always_an_expert_by_experience_themselves() {
        RegisteredPerson peer = person("Pim", true, false, true, "Wijkteam Zuid", 1, null, Set.of());
        RegisteredPerson colleague = person("Carla", false, true, true, "Wijkteam Zuid", 3, Seniority.SENIOR,
                EnumSet.of(VERSLAVING));

        List<MentorSuggestion> ranked = MentorMatching.rank(expert, SupportKind.BUDDY, List.of(peer, colleague),
                Map.of(), Set.of());

        assertThat(names(ranked)).containsExactly("Pim");
        assertThat(ranked.getFirst().reasons()).extracting(MentorSuggestion.Reason::key)
                .contains("mentoring.matching.reason.buddy_expert");
    }

    @Test
    void shared_themes_weigh_more_than_free_places_and_seniority_ranks_mentors_otherwise() {
        RegisteredPerson sharesTwo = mentor("Anna", 1, Seniority.STARTING, EnumSet.of(VERSLAVING, DAKLOOSHEID));
        RegisteredPerson roomy = mentor("Bas", 5, Seniority.EXPERIENCED, EnumSet.of(PSYCHISCHE_KWETSBAARHEID));
        RegisteredPerson senior = mentor("Cor", 1, Seniority.SENIOR, Set.of());
        RegisteredPerson starting = mentor("Dirk", 1, Seniority.STARTING, Set.of());

        List<MentorSuggestion> ranked = MentorMatching.rank(expert, SupportKind.MENTOR,
                List.of(starting, senior, roomy, sharesTwo), Map.of(), Set.of());

        // Anna 6 + 1 free; Bas 3 free + 2 experienced; Cor 1 free + 3 senior; Dirk 1 free
        assertThat(names(ranked)).containsExactly("Anna", "Bas", "Cor", "Dirk");
        assertThat(ranked.getFirst().reasons()).contains(
                MentorSuggestion.Reason.of("mentoring.matching.reason.themes", 2),
                MentorSuggestion.Reason.of("mentoring.matching.reason.capacity", 1, 1),
                MentorSuggestion.Reason.of("mentoring.matching.reason.seniority.starting"),
                MentorSuggestion.Reason.of("mentoring.matching.reason.other_team"));
    }

    @Test
    void a_mentor_in_the_same_team_and_a_buddy_from_another_team_come_first() {
        RegisteredPerson mentorHere = person("Hans", false, true, false, "Wijkteam Noord", 1, Seniority.SENIOR,
                Set.of());
        RegisteredPerson mentorThere = person("Theo", false, true, false, "Wijkteam Zuid", 1, Seniority.SENIOR,
                Set.of());
        RegisteredPerson buddyHere = person("Hanna", true, false, true, "Wijkteam Noord", 1, null, Set.of());
        RegisteredPerson buddyThere = person("Thea", true, false, true, "Wijkteam Zuid", 1, null, Set.of());
        List<RegisteredPerson> pool = List.of(mentorThere, mentorHere, buddyHere, buddyThere);

        assertThat(names(MentorMatching.rank(expert, SupportKind.MENTOR, pool, Map.of(), Set.of())))
                .containsExactly("Hans", "Theo");
        assertThat(names(MentorMatching.rank(expert, SupportKind.BUDDY, pool, Map.of(), Set.of())))
                .containsExactly("Thea", "Hanna");
    }

    @Test
    void free_places_count_proposals_too_and_the_reason_says_how_many_are_left() {
        RegisteredPerson busy = mentor("Bea", 3, Seniority.EXPERIENCED, Set.of());

        List<MentorSuggestion> ranked = MentorMatching.rank(expert, SupportKind.MENTOR, List.of(busy),
                Map.of(busy.getId(), 2L), Set.of());

        assertThat(ranked.getFirst().reasons())
                .contains(MentorSuggestion.Reason.of("mentoring.matching.reason.capacity", 1, 3));
    }

    @Test
    void the_reasons_kept_with_a_proposal_read_back_the_same() {
        RegisteredPerson mentor = mentor("Rik", 2, Seniority.SENIOR, EnumSet.of(VERSLAVING));
        MentorSuggestion suggestion = MentorMatching.rank(expert, SupportKind.MENTOR, List.of(mentor), Map.of(),
                Set.of()).getFirst();

        assertThat(MentorSuggestion.decode(suggestion.encodedReasons())).isEqualTo(suggestion.reasons());
        assertThat(MentorSuggestion.decode("")).isEmpty();
    }
}
