package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class GrowthPlanServiceTest {

    @Autowired
    GrowthPlanService growthPlans;
    @Autowired
    GrowthReviewTasks reviewTasks;
    @Autowired
    OnboardingPeople people;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount coordinator;
    UserAccount hr;
    UserAccount medewerker;
    OnboardingPeople.People who;

    @BeforeEach
    void anExpertWithAMentorAndABuddy() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        medewerker = TestAccounts.withRole(users, Role.MEDEWERKER);
        who = people.expertWithMentorAndBuddy(time.today().minusMonths(2));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    GrowthGoal goal(String text, LocalDate reviewOn) {
        TestAccounts.signInAs(who.expertAccount());
        return growthPlans.addGoal(who.expertId(), new GoalForm(text, "Elke week een keer meelopen", reviewOn,
                GoalStatus.ACTIVE));
    }

    @Test
    void the_expert_writes_goals_and_their_mentor_reads_and_reviews_them_with_them() {
        GrowthGoal first = goal("  Zelfstandig een huisbezoek doen  ", time.today().plusWeeks(4));
        assertThat(first.getGoal()).isEqualTo("Zelfstandig een huisbezoek doen");

        TestAccounts.signInAs(who.mentor());
        GrowthPlan seen = growthPlans.plan(who.expertId());
        assertThat(seen.goals()).extracting(GrowthGoal::getGoal).containsExactly("Zelfstandig een huisbezoek doen");
        assertThat(seen.canEdit()).isFalse();
        assertThat(growthPlans.forPage(who.expertId())).containsInstanceOf(GrowthPlan.class);
        GrowthGoal reviewed = growthPlans.markReviewed(first.getId(), first.getVersion());
        assertThat(reviewed.getLastReviewedOn()).isEqualTo(time.today());
        assertThatThrownBy(() -> growthPlans.addGoal(who.expertId(), new GoalForm("Een doel van de mentor", "", null,
                GoalStatus.ACTIVE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> growthPlans.updateGoal(reviewed.getId(), reviewed.getVersion(), new GoalForm(
                "Anders", "", null, GoalStatus.STOPPED))).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs(who.expertAccount());
        assertThat(growthPlans.plan(who.expertId()).canEdit()).isTrue();
    }

    @Test
    void the_coordinator_learns_only_that_a_plan_exists_how_many_goals_are_active_and_when_it_was_reviewed() {
        TestAccounts.signInAs(coordinator);
        assertThat(growthPlans.summary(who.expertId())).isEqualTo(new GrowthPlanSummary(false, 0, null));

        GrowthGoal first = goal("Een training volgen", null);
        goal("Richting betaald werk", null);
        GrowthGoal ended = growthPlans.updateGoal(first.getId(), first.getVersion(), new GoalForm("Een training volgen",
                "", null, GoalStatus.ACHIEVED));
        growthPlans.markReviewed(ended.getId(), ended.getVersion());

        TestAccounts.signInAs(coordinator);
        assertThat(growthPlans.summary(who.expertId())).isEqualTo(new GrowthPlanSummary(true, 1, time.today()));
        assertThat(growthPlans.forPage(who.expertId())).containsInstanceOf(GrowthPlanSummary.class);
        assertThatThrownBy(() -> growthPlans.plan(who.expertId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_texts_are_refused_to_an_unrelated_mentor_hr_a_medewerker_and_the_buddy() {
        goal("Een eigen spreekuur opzetten", null);

        TestAccounts.signInAs(who.otherMentor());
        assertThatThrownBy(() -> growthPlans.plan(who.expertId())).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("mentoring.error.notfound");
        assertThatThrownBy(() -> growthPlans.forPage(who.expertId())).isInstanceOf(InvalidInput.class);
        for (UserAccount outsider : List.of(hr, medewerker)) {
            TestAccounts.signInAs(outsider);
            assertThatThrownBy(() -> growthPlans.plan(who.expertId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> growthPlans.summary(who.expertId())).isInstanceOf(AccessDeniedException.class);
        }
        // the buddy gives personal support; the growth plan is shared with the mentor only
        TestAccounts.signInAs(who.buddy());
        assertThatThrownBy(() -> growthPlans.plan(who.expertId())).isInstanceOf(AccessDeniedException.class);
        assertThat(growthPlans.forPage(who.expertId())).isEmpty();
    }

    @Test
    void the_expert_ends_a_goal_within_the_limits_and_a_stale_edit_is_refused() {
        GrowthGoal goal = goal("Mijn verhaal leren vertellen", null);
        GoalForm achieved = new GoalForm("Mijn verhaal leren vertellen", "Oefenen in de intervisie",
                time.today().plusMonths(1), GoalStatus.ACHIEVED);
        GrowthGoal saved = growthPlans.updateGoal(goal.getId(), goal.getVersion(), achieved);
        assertThat(saved.getStatus()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(saved.getActions()).isEqualTo("Oefenen in de intervisie");

        assertThatThrownBy(() -> growthPlans.updateGoal(goal.getId(), goal.getVersion(), achieved))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertRefused(new GoalForm(" ", "", null, GoalStatus.ACTIVE), "mentoring.growth.error.goal");
        assertRefused(new GoalForm("x".repeat(GrowthGoal.GOAL_MAX + 1), "", null, GoalStatus.ACTIVE),
                "mentoring.growth.error.goal");
        assertRefused(new GoalForm("Doel", "x".repeat(GrowthGoal.ACTIONS_MAX + 1), null, GoalStatus.ACTIVE),
                "mentoring.growth.error.actions");
        assertRefused(new GoalForm("Doel", "", null, null), "mentoring.growth.error.status");
        assertRefused(new GoalForm("Doel", "", LocalDate.of(1900, 1, 1), GoalStatus.ACTIVE),
                "mentoring.growth.error.review");
    }

    @Test
    void a_review_date_that_came_goes_to_the_expert_s_tasks_until_the_goal_is_reviewed() {
        GrowthGoal due = goal("Grenzen leren bewaken", time.today().minusDays(1));
        goal("Later bekijken", time.today().plusWeeks(2));

        List<PersonalTask> mine = reviewTasks.mine();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().params()).containsExactly("Grenzen leren bewaken");
        assertThat(mine.getFirst().link()).isEqualTo("begeleiding/" + who.expertId() + "#" + GrowthPlanService.ANCHOR);
        assertThat(mine.getFirst().overdue(time.today())).isTrue();
        TestAccounts.signInAs(who.mentor());
        assertThat(reviewTasks.mine()).isEmpty();
        TestAccounts.signInAs(coordinator);
        assertThat(reviewTasks.mine()).noneMatch(t -> t.link().startsWith("begeleiding/" + who.expertId() + "#"));

        TestAccounts.signInAs(who.mentor());
        growthPlans.markReviewed(due.getId(), due.getVersion());
        TestAccounts.signInAs(who.expertAccount());
        assertThat(reviewTasks.mine()).isEmpty();
    }

    @Test
    void the_page_reads_the_plan_in_a_few_statements_however_many_goals_it_has() {
        goal("Eerste doel", null);
        TestAccounts.signInAs(who.mentor());
        growthPlans.forPage(who.expertId());
        List<String> statements = StatementCounter.statementsOf(() -> growthPlans.forPage(who.expertId()));
        for (int i = 0; i < 10; i++) {
            goal("Doel " + i, null);
        }
        TestAccounts.signInAs(who.mentor());
        assertThat(StatementCounter.statementsOf(() -> growthPlans.forPage(who.expertId())))
                .hasSize(statements.size());
    }

    @Test
    void every_reading_of_the_goals_is_an_audit_line_without_them_and_so_is_a_refused_one() {
        goal("Leren omgaan met terugval", null);
        String object = "begeleiding/" + who.expertId();

        TestAccounts.signInAs(who.mentor());
        growthPlans.plan(who.expertId());
        growthPlans.forPage(who.expertId());
        TestAccounts.signInAs(coordinator);
        assertThat(growthPlans.forPage(who.expertId())).containsInstanceOf(GrowthPlanSummary.class);
        assertThatThrownBy(() -> growthPlans.plan(who.expertId())).isInstanceOf(AccessDeniedException.class);

        var lines = AuditLines.about(jdbc, "SENSITIVE_DATA_READ", object);
        assertThat(lines).extracting(l -> l.get("actor") + " " + l.get("result") + " " + l.get("detail"))
                .as("two readings by the mentor; the coordinator's summary holds no goals; then the refusal")
                .containsExactly(who.mentor().email() + " SUCCESS " + GrowthPlanService.AUDITED_AS,
                        who.mentor().email() + " SUCCESS " + GrowthPlanService.AUDITED_AS,
                        coordinator.email() + " DENIED " + GrowthPlanService.AUDITED_AS);
        assertThat(lines).allSatisfy(l -> assertThat(l.get("occurred_at")).isNotNull());
        AuditLines.holdNone(lines, "terugval", "meelopen");
    }

    void assertRefused(GoalForm form, String messageKey) {
        TestAccounts.signInAs(who.expertAccount());
        assertThatThrownBy(() -> growthPlans.addGoal(who.expertId(), form)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(messageKey);
    }
}
