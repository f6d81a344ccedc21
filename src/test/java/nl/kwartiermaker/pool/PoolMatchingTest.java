package nl.kwartiermaker.pool;

import static nl.kwartiermaker.mentoring.ExperienceTheme.SCHULDEN_EN_ARMOEDE;
import static nl.kwartiermaker.roledescription.CoreTask.INDIVIDUAL_RECOVERY;
import static nl.kwartiermaker.roledescription.CoreTask.RECOVERY_ORIENTED_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import nl.kwartiermaker.roledescription.CoreTask;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The ranking and the weekly hours on their own: who is never suggested, how locality is read, how weeks add up. */
class PoolMatchingTest {

    private final AtomicLong ids = new AtomicLong();
    private final DeploymentRequest request = request(PoolRole.TRAINER, "Tegelen");

    private DeploymentRequest request(PoolRole role, String place) {
        DeploymentRequest request = new DeploymentRequest(1, 1);
        request.describe(SCHULDEN_EN_ARMOEDE, role, place, 40, LocalDate.of(2093, 1, 5), LocalDate.of(2093, 3, 29),
                "", null);
        return request;
    }

    private PoolMatching.Candidate candidate(String name, String residence, String tie, TrainingLevel training,
                                             Set<CoreTask> tasks, int hours, int planned, boolean active,
                                             boolean left, Set<ExperienceTheme> themes) {
        PoolExpert expert = new PoolExpert(ids.incrementAndGet());
        ReflectionTestUtils.setField(expert, "id", expert.getPersonId());
        expert.describe(residence, tie, training, tasks, hours);
        expert.setActive(active);
        return new PoolMatching.Candidate(expert, new RegisterDirectory.Entry(expert.getPersonId(), name, themes, true,
                left), planned);
    }

    private PoolMatching.Candidate plain(String name, int hours, int planned) {
        return candidate(name, "Elders", "", TrainingLevel.MBO, EnumSet.of(RECOVERY_ORIENTED_SUPPORT), hours, planned,
                true, false, Set.of());
    }

    private static List<String> names(List<PoolSuggestion> ranked) {
        return ranked.stream().map(PoolSuggestion::name).toList();
    }

    @Test
    void nobody_is_suggested_who_is_inactive_left_the_register_or_has_no_hour_free() {
        var fine = plain("Fien", 8, 7);
        var inactive = candidate("Ina", "Tegelen", "", TrainingLevel.MBO, EnumSet.of(RECOVERY_ORIENTED_SUPPORT), 8, 0,
                false, false, Set.of(SCHULDEN_EN_ARMOEDE));
        var left = candidate("Lotte", "Tegelen", "", TrainingLevel.MBO, EnumSet.of(RECOVERY_ORIENTED_SUPPORT), 8, 0,
                true, true, Set.of(SCHULDEN_EN_ARMOEDE));
        var full = plain("Vera", 8, 8);

        assertThat(names(PoolMatching.rank(request, "Venlo", List.of(fine, inactive, left, full))))
                .containsExactly("Fien");
    }

    @Test
    void the_weights_put_experience_task_and_locality_before_free_hours_and_training_last() {
        var local = candidate("Lokaal", "Tegelen", "", TrainingLevel.MBO, EnumSet.of(RECOVERY_ORIENTED_SUPPORT), 8, 4,
                true, false, Set.of(SCHULDEN_EN_ARMOEDE));
        var roomy = plain("Ruimte", 40, 0);
        var untrained = candidate("Ongeschoold", "Tegelen", "", TrainingLevel.NOT_YET,
                EnumSet.of(RECOVERY_ORIENTED_SUPPORT), 8, 4, true, false, Set.of(SCHULDEN_EN_ARMOEDE));
        var wrongTask = candidate("Andere taak", "Tegelen", "", TrainingLevel.HBO, EnumSet.of(INDIVIDUAL_RECOVERY), 8,
                4, true, false, Set.of(SCHULDEN_EN_ARMOEDE));

        List<PoolSuggestion> ranked = PoolMatching.rank(request, "Venlo", List.of(roomy, untrained, wrongTask, local));

        assertThat(names(ranked)).containsExactly("Lokaal", "Ongeschoold", "Andere taak", "Ruimte");
        assertThat(ranked).extracting(PoolSuggestion::score).containsExactly(11, 9, 8, 6);
        assertThat(ranked.getFirst().freeHours()).isEqualTo(4);
    }

    @Test
    void locality_reads_residence_and_tie_against_place_and_municipality_without_case_or_accents() {
        assertThat(PoolMatching.local("Blerick", "blerick", "Venlo")).isEqualTo("blerick");
        assertThat(PoolMatching.local("Venlo", "Venlo-Noord", "Venlo")).isEqualTo("Venlo-Noord");
        assertThat(PoolMatching.local("Vrijwilliger in Blerick (gemeente Venlo)", "Zuid", "Venlo")).isEqualTo("Venlo");
        assertThat(PoolMatching.local("Opgegroeid in Roermond", "Sint Odiliënberg", "Roerdalen")).isNull();
        assertThat(PoolMatching.local("Sint Odilienberg", "Sint Odiliënberg", "Roerdalen"))
                .isEqualTo("Sint Odiliënberg");
        assertThat(PoolMatching.local(" ", "Venlo", "Venlo")).isNull();
        var tied = candidate("Binding", "Elders", "Werkt in Venlo", TrainingLevel.MBO,
                EnumSet.of(RECOVERY_ORIENTED_SUPPORT), 8, 0, true, false, Set.of());
        assertThat(PoolMatching.rank(request, "Venlo", List.of(tied)).getFirst().reasons())
                .extracting(PoolSuggestion.Reason::key).contains("pool.deploy.reason.tie");
    }

    @Test
    void a_deployment_plans_every_week_it_touches_and_weeks_add_up_per_expert() {
        Deployment spring = new Deployment(1, 1, 1, 10, LocalDate.of(2093, 3, 4), LocalDate.of(2093, 3, 17), "");
        Deployment march = new Deployment(2, 1, 1, 6, LocalDate.of(2093, 3, 16), LocalDate.of(2093, 3, 31), "");
        List<Deployment> both = List.of(spring, march);

        assertThat(PlannedHours.monday(LocalDate.of(2093, 3, 8))).isEqualTo(LocalDate.of(2093, 3, 2));
        assertThat(PlannedHours.inWeek(both, LocalDate.of(2093, 3, 2))).as("from Wednesday on").isEqualTo(10);
        assertThat(PlannedHours.inWeek(both, LocalDate.of(2093, 3, 16))).isEqualTo(16);
        assertThat(PlannedHours.inWeek(both, LocalDate.of(2093, 3, 23))).isEqualTo(6);
        assertThat(PlannedHours.peak(both, LocalDate.of(2093, 3, 1), LocalDate.of(2093, 4, 30))).isEqualTo(16);
        assertThat(PlannedHours.firstFullWeek(both, LocalDate.of(2093, 3, 1), LocalDate.of(2093, 4, 30), 4, 16))
                .contains(LocalDate.of(2093, 3, 16));
        assertThat(PlannedHours.firstFullWeek(both, LocalDate.of(2093, 3, 18), LocalDate.of(2093, 4, 30), 10, 16))
                .as("the week of the 16th counts from its Wednesday too").contains(LocalDate.of(2093, 3, 16));
        spring.end(LocalDate.of(2093, 3, 8));
        assertThat(PlannedHours.inWeek(both, LocalDate.of(2093, 3, 9))).as("ended early").isZero();
    }
}
