package nl.kwartiermaker.pool;

import static nl.kwartiermaker.mentoring.ExperienceTheme.DAKLOOSHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.MANTELZORG;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static nl.kwartiermaker.roledescription.CoreTask.INDIVIDUAL_RECOVERY;
import static nl.kwartiermaker.roledescription.CoreTask.SOCIAL_OPPORTUNITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suggestions and assignment: who is suggested and why, a reason for anyone but the first, and an expert's planned
 * hours never past their available hours in any week — also when two coordinators assign the same expert at once.
 */
@DatabaseTest
class PoolAssignmentServiceTest {

    static final LocalDate FROM = LocalDate.of(2093, 3, 2);
    static final LocalDate UNTIL = LocalDate.of(2093, 6, 28);

    @Autowired
    PoolAssignmentService assignments;
    @Autowired
    RealisedHoursService hours;
    @Autowired
    DeploymentRequestService requests;
    @Autowired
    PoolExpertService experts;
    @Autowired
    DeploymentRepository deployments;
    @Autowired
    PoolFixture pool;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate transaction;

    String place;

    @BeforeEach
    void inTheTestYears() {
        pool.today(LocalDate.of(2093, 2, 10));
        place = PoolFixture.place();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    DeploymentRequest request(LocalDate from, LocalDate until) {
        return pool.request("Nederweert", VERSLAVING, PoolRole.ONE_ON_ONE, place, from, until, 200);
    }

    PoolExpert expert(String name, int available) {
        return pool.expert(name, place, "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), available,
                EnumSet.of(VERSLAVING));
    }

    Deployment assign(DeploymentRequest request, PoolExpert expert, int perWeek, LocalDate from, LocalDate until,
                      String reason) {
        PoolFixture.asCoordinator();
        return assignments.assign(request.getId(), new PoolAssignmentService.Assignment(expert.getId(), perWeek, from,
                until, reason));
    }

    static List<Long> ids(List<PoolSuggestion> suggestions) {
        return suggestions.stream().map(PoolSuggestion::expertId).toList();
    }

    @Test
    void suggestions_rank_theme_core_task_locality_and_free_hours_and_say_why() {
        PoolExpert full = expert("Vol", 8);
        assign(request(FROM, UNTIL), full, 8, FROM, UNTIL, "");
        PoolExpert best = pool.expert("Beste", place, "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 16,
                EnumSet.of(VERSLAVING));
        PoolExpert tied = pool.expert("Binding", "Elders", "Werkt al jaren in Nederweert", TrainingLevel.HBO,
                EnumSet.of(INDIVIDUAL_RECOVERY), 24, EnumSet.of(DAKLOOSHEID));
        PoolExpert untrained = pool.expert("Ongeschoold", "Elders", "", TrainingLevel.NOT_YET,
                EnumSet.of(SOCIAL_OPPORTUNITIES), 8, EnumSet.of(VERSLAVING));
        PoolExpert inactive = expert("Inactief", 16);
        PoolFixture.asCoordinator();
        experts.update(inactive.getId(), inactive.getVersion(), new ExpertProfile(place, "", TrainingLevel.MBO,
                EnumSet.of(INDIVIDUAL_RECOVERY), 16), false);
        DeploymentRequest request = request(FROM, UNTIL);

        List<PoolSuggestion> ranked = assignments.suggestions(request.getId());

        List<Long> mine = ids(ranked).stream().filter(id -> Set.of(best.getId(), tied.getId(), untrained.getId(),
                inactive.getId(), full.getId()).contains(id)).toList();
        assertThat(mine).as("the inactive one and the one without a free hour are left out")
                .containsExactly(best.getId(), tied.getId(), untrained.getId());
        assertThat(ranked.getFirst().expertId()).as("nobody else lives in this place").isEqualTo(best.getId());
        PoolSuggestion first = ranked.getFirst();
        assertThat(first.score()).isEqualTo(PoolMatching.THEME + PoolMatching.CORE_TASK + PoolMatching.LIVES_THERE
                + PoolMatching.MAX_FREE_POINTS);
        assertThat(first.freeHours()).isEqualTo(16);
        assertThat(first.reasons()).extracting(PoolSuggestion.Reason::key).containsExactly("pool.deploy.reason.theme",
                "pool.deploy.reason.task", "pool.deploy.reason.lives", "pool.deploy.reason.free");
        assertThat(first.reasons().get(2).params()).containsExactly(place);
        assertThat(first.reasons().get(3).params()).containsExactly(16, 16);
        PoolSuggestion second = ranked.stream().filter(s -> s.expertId() == tied.getId()).findFirst().orElseThrow();
        assertThat(second.reasons()).extracting(PoolSuggestion.Reason::key).containsExactly(
                "pool.deploy.reason.theme.none", "pool.deploy.reason.task", "pool.deploy.reason.tie",
                "pool.deploy.reason.free");
        assertThat(second.reasons().get(2).params()).containsExactly("Nederweert");
        PoolSuggestion third = ranked.stream().filter(s -> s.expertId() == untrained.getId()).findFirst()
                .orElseThrow();
        assertThat(third.reasons()).extracting(PoolSuggestion.Reason::key).contains("pool.deploy.reason.far",
                "pool.deploy.reason.task.none", "pool.deploy.reason.training");
    }

    @Test
    void someone_other_than_the_first_suggestion_needs_a_reason_that_stays_with_the_deployment() {
        PoolExpert best = expert("Eerste", 16);
        PoolExpert other = pool.expert("Tweede", "Elders", "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY),
                16, EnumSet.of(MANTELZORG));
        DeploymentRequest request = request(FROM, UNTIL);
        assertThat(assignments.suggestions(request.getId()).getFirst().expertId()).isEqualTo(best.getId());

        assertThatThrownBy(() -> assign(request, other, 4, FROM, UNTIL, " "))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.deploy.error.reason"));
        Deployment deployed = assign(request, other, 4, FROM, UNTIL, "Kent de vrijwilligers al.");

        assertThat(deployed.getReason()).isEqualTo("Kent de vrijwilligers al.");
        assertThat(requests.page(request.getId()).request().getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(ids(assignments.suggestions(request.getId()))).as("deployed on it already")
                .doesNotContain(other.getId()).contains(best.getId());
        Deployment top = assign(request, best, 4, FROM, UNTIL, "Wordt niet bewaard: de eerste keuze");
        assertThat(top.getReason()).isEmpty();
    }

    @Test
    void an_assignment_never_takes_an_expert_past_their_available_hours_in_any_week() {
        PoolExpert expert = expert("Zestien", 16);
        DeploymentRequest spring = request(FROM, UNTIL);
        DeploymentRequest may = request(LocalDate.of(2093, 5, 1), UNTIL);
        assign(spring, expert, 10, FROM, LocalDate.of(2093, 5, 6), "");

        // week 18 of 2093 (from Monday 27 April) holds both: 10 + 8 > 16
        assertThatThrownBy(() -> assign(may, expert, 8, LocalDate.of(2093, 5, 1), UNTIL, "Eerste keuze"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pool.deploy.error.full");
                    assertThat(e.params()).containsExactly(e.params()[0], 18, 2093, 6, 16);
                });
        assign(may, expert, 6, LocalDate.of(2093, 5, 1), UNTIL, "Eerste keuze");
        // after the first deployment's last week, the expert has room again
        Deployment later = assign(may, expert, 10, LocalDate.of(2093, 5, 11), UNTIL, "Eerste keuze");
        assertThat(later.getHoursPerWeek()).isEqualTo(10);
        assertThatThrownBy(() -> assign(may, expert, 1, LocalDate.of(2093, 5, 11), UNTIL, "Eerste keuze"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> assign(may, expert, 2, FROM, UNTIL, "Eerste keuze"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.deploy.error.period"));
        PoolFixture.asCoordinator();
        assertThatThrownBy(() -> experts.update(expert.getId(), expert.getVersion(), new ExpertProfile(place, "",
                TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 15), true))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.experts.error.below_planned"));
    }

    /**
     * The first coordinator's assignment is made but not yet committed when the second one's begins: without the lock
     * the second would count the weeks without the first one's hours, and both would be saved.
     */
    @Test
    void two_coordinators_assigning_the_same_expert_at_once_deploy_only_what_fits() throws Exception {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount second = TestAccounts.withRole(users, Role.POOL_COORDINATOR);
        PoolExpert expert = expert("Tien", 10);
        List<DeploymentRequest> both = List.of(request(FROM, UNTIL), request(FROM, UNTIL));
        CountDownLatch firstMade = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> outcome(PoolFixture::asCoordinator, () ->
                    transaction.executeWithoutResult(status -> {
                        assign(both.get(0), expert.getId());
                        firstMade.countDown();
                        // still uncommitted while the second coordinator assigns
                        pause(800);
                    })));
            Future<String> secondOne = threads.submit(() -> outcome(() -> TestAccounts.signInAs(second), () -> {
                await(firstMade);
                assign(both.get(1), expert.getId());
            }));
            List<String> results = new ArrayList<>(List.of(first.get(60, TimeUnit.SECONDS),
                    secondOne.get(60, TimeUnit.SECONDS)));
            assertThat(results).containsExactly("assigned", "pool.deploy.error.full");
        } finally {
            threads.shutdownNow();
        }
        assertThat(deployments.findByExpertIdOrderByStartsOnAsc(expert.getId())).hasSize(1);
    }

    private void assign(DeploymentRequest request, long expertId) {
        assignments.assign(request.getId(), new PoolAssignmentService.Assignment(expertId, 8, FROM, UNTIL,
                "Samen tegelijk"));
    }

    private static String outcome(Runnable signIn, Runnable work) {
        signIn.run();
        try {
            work.run();
            return "assigned";
        } catch (InvalidInput refused) {
            return refused.messageKey();
        } finally {
            SignedIn.nobody();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ending_a_deployment_early_keeps_its_hours_and_frees_the_weeks_after() {
        PoolExpert expert = expert("Einde", 12);
        DeploymentRequest request = request(FROM, UNTIL);
        Deployment deployment = assign(request, expert, 12, FROM, UNTIL, "");
        pool.today(LocalDate.of(2093, 4, 1));
        PoolFixture.asCoordinator();
        for (LocalDate week = FROM; week.isBefore(LocalDate.of(2093, 3, 23)); week = week.plusWeeks(1)) {
            hours.record(deployment.getId(), new RealisedHoursService.WeekFigures(week, new BigDecimal("11.5"), 3,
                    VERSLAVING));
        }
        Deployment current = deployments.findById(deployment.getId()).orElseThrow();

        assertThatThrownBy(() -> assignments.end(deployment.getId(), current.getVersion(), LocalDate.of(2093, 3, 13),
                false)).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pool.deploy.error.end_before_hours");
                    assertThat(e.params()).containsExactly(12, 2093);
                });
        Deployment ended = assignments.end(deployment.getId(), current.getVersion(), LocalDate.of(2093, 3, 22),
                false);

        assertThat(ended.isEnded()).isTrue();
        assertThat(ended.getEndsOn()).isEqualTo(LocalDate.of(2093, 3, 22));
        DeploymentRequestService.DeploymentLine line = requests.page(request.getId()).deployments().getFirst();
        assertThat(line.weeks()).hasSize(3);
        assertThat(line.totalHours()).isEqualByComparingTo("34.5");
        assertThat(line.totalResidents()).isEqualTo(9);
        assertThat(requests.page(request.getId()).request().getStatus()).as("waits for another expert")
                .isEqualTo(RequestStatus.OPEN);
        assertThatThrownBy(() -> assignments.end(deployment.getId(), ended.getVersion(), LocalDate.of(2093, 3, 30),
                true)).isInstanceOf(InvalidInput.class);
        // the weeks after the end are free again: the expert takes a full week elsewhere
        assign(request(LocalDate.of(2093, 3, 23), UNTIL), expert, 12, LocalDate.of(2093, 3, 23), UNTIL, "");
    }

    @Test
    void ending_the_last_deployment_of_a_request_that_is_done_closes_it() {
        PoolExpert expert = expert("Klaar", 8);
        DeploymentRequest request = request(FROM, UNTIL);
        Deployment deployment = assign(request, expert, 8, FROM, UNTIL, "");

        assignments.end(deployment.getId(), deployment.getVersion(), LocalDate.of(2093, 4, 30), true);

        assertThat(requests.page(request.getId()).request().getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(assignments.suggestions(request.getId())).as("a closed request takes no one").isEmpty();
        assertThatThrownBy(() -> assign(request, expert, 4, FROM, UNTIL, "x"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.deploy.error.request_closed"));
    }
}
