package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class OnboardingServiceTest {

    @Autowired
    OnboardingService onboarding;
    @Autowired
    OnboardingTemplates templates;
    @Autowired
    OnboardingPlans plans;
    @Autowired
    OnboardingTasks myTasks;
    @Autowired
    OnboardingPeople people;
    @Autowired
    RegisteredPersonRepository register;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    PlatformTransactionManager transactions;

    UserAccount coordinator;
    UserAccount hr;
    UserAccount medewerker;

    @BeforeEach
    void accounts() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        medewerker = TestAccounts.withRole(users, Role.MEDEWERKER);
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** An expert registered today with a start date, whose plan the register's event started. */
    OnboardingPeople.People registeredExpert(LocalDate startDate) {
        OnboardingPeople.People who = people.expertWithMentorAndBuddy(startDate);
        people.registered(who.expertId());
        return who;
    }

    OnboardingPlan planAsCoordinator(long personId) {
        TestAccounts.signInAs(coordinator);
        return onboarding.plan(personId);
    }

    static OnboardingTask taskFor(OnboardingPlan plan, TaskOwner owner) {
        return plan.tasks().stream().filter(t -> t.getOwner() == owner).findFirst().orElseThrow();
    }

    @Test
    void a_registered_expert_gets_the_latest_template_with_due_dates_counted_from_the_start_date() {
        LocalDate start = time.today().plusDays(10);
        OnboardingPlan plan = planAsCoordinator(registeredExpert(start).expertId());

        OnboardingTemplate template = templates.latest();
        assertThat(plan.started()).isTrue();
        assertThat(plan.tasks()).extracting(OnboardingTask::getTemplateKey)
                .containsExactlyElementsOf(template.tasks().stream().map(OnboardingTemplate.Task::key).toList());
        for (OnboardingTemplate.Task task : template.tasks()) {
            OnboardingTask copy = plan.tasks().stream().filter(t -> task.key().equals(t.getTemplateKey()))
                    .findFirst().orElseThrow();
            assertThat(copy.getDueOn()).as(task.key()).isEqualTo(start.plusDays(task.dueOffsetDays()));
            assertThat(copy.getTemplateVersion()).isEqualTo(template.version());
            assertThat(copy.getTitle()).isEqualTo(task.title());
            assertThat(copy.getDescription()).isEqualTo(task.explanation());
            assertThat(copy.getSource()).isEqualTo(task.source());
            assertThat(copy.getOwner()).isEqualTo(task.owner());
            assertThat(copy.getStatus()).isEqualTo(TaskStatus.OPEN);
        }
        assertThat(plan.finished()).isEmpty();
        assertThat(plan.newerTemplate()).isEmpty();
    }

    @Test
    void starting_a_plan_again_never_makes_a_second_one() {
        long expert = registeredExpert(time.today()).expertId();
        int tasks = planAsCoordinator(expert).tasks().size();

        assertThat(onboarding.start(expert)).isZero();
        people.registered(expert);

        assertThat(planAsCoordinator(expert).tasks()).hasSize(tasks);
    }

    @Test
    void an_expert_without_a_start_date_gets_a_plan_once_the_coordinator_starts_it_after_the_date_is_set() {
        long expert = registeredExpert(null).expertId();
        OnboardingPlan plan = planAsCoordinator(expert);
        assertThat(plan.started()).isFalse();
        assertThat(plan.tasks()).isEmpty();
        assertThatThrownBy(() -> onboarding.start(expert)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("mentoring.onboarding.error.no_start");

        LocalDate start = time.today().plusWeeks(2);
        people.setStartDate(expert, start);
        TestAccounts.signInAs(coordinator);
        assertThat(onboarding.start(expert)).isEqualTo(templates.latest().tasks().size());
        assertThat(onboarding.plan(expert).tasks()).allMatch(t -> !t.getDueOn().isBefore(start.minusDays(14)));
    }

    @Test
    void two_coordinators_starting_the_same_plan_at_once_make_one_plan() throws Exception {
        long expert = registeredExpert(null).expertId();
        people.setStartDate(expert, time.today());
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> starts = List.of(threads.submit(() -> startWhenBothAreReady(expert, ready)),
                    threads.submit(() -> startWhenBothAreReady(expert, ready)));
            int added = starts.get(0).get(30, TimeUnit.SECONDS) + starts.get(1).get(30, TimeUnit.SECONDS);
            assertThat(added).isEqualTo(templates.latest().tasks().size());
        } finally {
            threads.shutdownNow();
        }
        assertThat(planAsCoordinator(expert).tasks()).hasSize(templates.latest().tasks().size());
    }

    int startWhenBothAreReady(long expert, CountDownLatch ready) throws InterruptedException {
        TestAccounts.signInAs(coordinator);
        ready.countDown();
        ready.await();
        try {
            return onboarding.start(expert);
        } finally {
            SignedIn.nobody();
        }
    }

    @Test
    void the_plan_is_read_in_a_few_statements_however_many_tasks_it_has() {
        OnboardingPeople.People who = registeredExpert(time.today());
        TestAccounts.signInAs(who.mentor());
        onboarding.plan(who.expertId());
        List<String> statements = StatementCounter.statementsOf(() -> onboarding.plan(who.expertId()));

        TestAccounts.signInAs(coordinator);
        for (int i = 0; i < 20; i++) {
            onboarding.addOwnTask(who.expertId(), "Eigen taak " + i, TaskOwner.MENTOR, time.today().plusDays(i));
        }
        TestAccounts.signInAs(who.mentor());
        assertThat(StatementCounter.statementsOf(() -> onboarding.plan(who.expertId()))).hasSize(statements.size());
        // the expert, who the mentor is to them (their entry, a mentorship, and whether it is as mentor), the tasks
        assertThat(statements).filteredOn(sql -> sql.contains("mentoring_")).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void only_the_coordinator_starts_a_plan() {
        OnboardingPeople.People who = people.expertWithMentorAndBuddy(time.today());
        TestAccounts.signInAs(who.expertAccount());
        assertThatThrownBy(() -> onboarding.start(who.expertId())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signInAs(who.mentor());
        assertThatThrownBy(() -> onboarding.start(who.expertId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_newer_template_adds_only_its_new_tasks_and_never_rewrites_the_running_plan() {
        LocalDate start = time.today();
        OnboardingPeople.People who = registeredExpert(start);
        OnboardingTemplate current = templates.latest();
        OnboardingTemplate.Task first = current.tasks().getFirst();
        OnboardingTemplate newer = OnboardingTemplates.parse(Map.of("version", current.version() + 1, "tasks", List.of(
                Map.of("key", first.key(), "title", "Een nieuwe titel", "explanation", "Anders", "owner", "HR",
                        "due", 99, "source", "000"),
                Map.of("key", "nieuw.buddy-gesprek", "title", "Spreek je buddy", "explanation", "Bel je buddy.",
                        "owner", "EXPERT", "due", 45, "source", "000 Tip 7"))));

        int added = new TransactionTemplate(transactions).execute(tx ->
                plans.addMissing(register.findById(who.expertId()).orElseThrow(), newer));

        assertThat(added).isEqualTo(1);
        OnboardingPlan plan = planAsCoordinator(who.expertId());
        OnboardingTask kept = plan.tasks().stream().filter(t -> first.key().equals(t.getTemplateKey())).findFirst()
                .orElseThrow();
        assertThat(kept.getTitle()).isEqualTo(first.title());
        assertThat(kept.getTemplateVersion()).isEqualTo(current.version());
        assertThat(kept.getDueOn()).isEqualTo(start.plusDays(first.dueOffsetDays()));
        OnboardingTask fresh = plan.tasks().getLast();
        assertThat(fresh.getTemplateKey()).isEqualTo("nieuw.buddy-gesprek");
        assertThat(fresh.getTemplateVersion()).isEqualTo(current.version() + 1);
        assertThat(fresh.getDueOn()).isEqualTo(start.plusDays(45));
        assertThat(plan.tasks()).hasSize(current.tasks().size() + 1);

        assertThat(onboarding.applyTemplate(who.expertId(), current.version())).isZero();
        assertThatThrownBy(() -> onboarding.applyTemplate(who.expertId(), 999)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_expert_and_their_mentor_tick_off_the_tasks_they_carry_and_the_coordinator_any() {
        OnboardingPeople.People who = registeredExpert(time.today());
        OnboardingPlan plan = planAsCoordinator(who.expertId());
        OnboardingTask expertTask = taskFor(plan, TaskOwner.EXPERT);
        OnboardingTask mentorTask = taskFor(plan, TaskOwner.MENTOR);
        OnboardingTask teamLeadTask = taskFor(plan, TaskOwner.TEAM_LEAD);

        TestAccounts.signInAs(who.expertAccount());
        OnboardingTask done = onboarding.setStatus(expertTask.getId(), expertTask.getVersion(), TaskStatus.DONE);
        assertThat(done.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(done.getDoneOn()).isEqualTo(time.today());
        assertThat(onboarding.plan(who.expertId()).canTick(mentorTask)).isFalse();
        assertThatThrownBy(() -> onboarding.setStatus(mentorTask.getId(), mentorTask.getVersion(), TaskStatus.DONE))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs(who.mentor());
        assertThat(onboarding.setStatus(mentorTask.getId(), mentorTask.getVersion(), TaskStatus.NOT_APPLICABLE)
                .getStatus()).isEqualTo(TaskStatus.NOT_APPLICABLE);
        assertThatThrownBy(() -> onboarding.setStatus(teamLeadTask.getId(), teamLeadTask.getVersion(),
                TaskStatus.DONE)).isInstanceOf(AccessDeniedException.class);

        // the buddy supports the expert personally; the mentor's tasks are not theirs
        TestAccounts.signInAs(who.buddy());
        OnboardingTask reopenedByNobody = onboarding.plan(who.expertId()).tasks().stream()
                .filter(t -> t.getId().equals(mentorTask.getId())).findFirst().orElseThrow();
        assertThatThrownBy(() -> onboarding.setStatus(reopenedByNobody.getId(), reopenedByNobody.getVersion(),
                TaskStatus.OPEN)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs(coordinator);
        assertThat(onboarding.setStatus(teamLeadTask.getId(), teamLeadTask.getVersion(), TaskStatus.DONE).getStatus())
                .isEqualTo(TaskStatus.DONE);
        OnboardingTask again = onboarding.setStatus(done.getId(), done.getVersion(), TaskStatus.OPEN);
        assertThat(again.getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(again.getDoneOn()).isNull();
        OnboardingPlan after = onboarding.plan(who.expertId());
        assertThat(after.finished()).hasSize(2);
        assertThat(after.percentDone()).isEqualTo(200 / after.tasks().size());
    }

    @Test
    void an_unrelated_mentor_hr_and_a_medewerker_can_neither_read_nor_change_the_plan() {
        OnboardingPeople.People who = registeredExpert(time.today());
        OnboardingTask task = taskFor(planAsCoordinator(who.expertId()), TaskOwner.MENTOR);

        TestAccounts.signInAs(who.otherMentor());
        assertThatThrownBy(() -> onboarding.plan(who.expertId())).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("mentoring.error.notfound");
        assertThatThrownBy(() -> onboarding.setStatus(task.getId(), task.getVersion(), TaskStatus.DONE))
                .isInstanceOf(InvalidInput.class);
        for (UserAccount outsider : List.of(hr, medewerker)) {
            TestAccounts.signInAs(outsider);
            assertThatThrownBy(() -> onboarding.plan(who.expertId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> onboarding.setStatus(task.getId(), task.getVersion(), TaskStatus.DONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void everyone_who_may_see_the_expert_reads_the_plan() {
        OnboardingPeople.People who = registeredExpert(time.today());
        for (UserAccount reader : List.of(who.expertAccount(), who.mentor(), who.buddy(), coordinator)) {
            TestAccounts.signInAs(reader);
            assertThat(onboarding.plan(who.expertId()).tasks()).as(reader.email())
                    .hasSize(templates.latest().tasks().size());
        }
    }

    @Test
    void a_change_made_from_an_older_version_of_a_task_is_refused() {
        OnboardingPeople.People who = registeredExpert(time.today());
        OnboardingTask task = taskFor(planAsCoordinator(who.expertId()), TaskOwner.EXPERT);
        TestAccounts.signInAs(who.expertAccount());
        onboarding.setStatus(task.getId(), task.getVersion(), TaskStatus.DONE);

        TestAccounts.signInAs(coordinator);
        assertThatThrownBy(() -> onboarding.setStatus(task.getId(), task.getVersion(), TaskStatus.NOT_APPLICABLE))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> onboarding.changeDue(task.getId(), task.getVersion(), time.today()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void the_coordinator_adds_moves_and_removes_own_tasks_within_the_plan_s_dates() {
        OnboardingPeople.People who = registeredExpert(time.today());
        long expert = who.expertId();
        TestAccounts.signInAs(coordinator);
        LocalDate due = time.today().plusDays(5);

        OnboardingTask own = onboarding.addOwnTask(expert, "  Laptop en pasje regelen  ", TaskOwner.HR, due);
        assertThat(own.getTitle()).isEqualTo("Laptop en pasje regelen");
        assertThat(own.isOwn()).isTrue();
        assertThat(onboarding.plan(expert).tasks().getLast().getId()).isEqualTo(own.getId());
        assertRefused(() -> onboarding.addOwnTask(expert, " ", TaskOwner.HR, due), "mentoring.onboarding.error.title");
        assertRefused(() -> onboarding.addOwnTask(expert, "x".repeat(OnboardingTask.TITLE_MAX + 1), TaskOwner.HR, due),
                "mentoring.onboarding.error.title");
        assertRefused(() -> onboarding.addOwnTask(expert, "Taak", null, due), "mentoring.onboarding.error.owner");
        assertRefused(() -> onboarding.addOwnTask(expert, "Taak", TaskOwner.HR, null),
                "mentoring.onboarding.error.due");
        assertThatThrownBy(() -> onboarding.addOwnTask(expert, "Taak", TaskOwner.HR, LocalDate.of(1900, 1, 1)))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).params()).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.ARRAY)
                .containsExactly(time.today().getYear() - 1, time.today().getYear() + 10);

        OnboardingTask moved = onboarding.changeDue(own.getId(), own.getVersion(), due.plusWeeks(1));
        assertThat(moved.getDueOn()).isEqualTo(due.plusWeeks(1));
        assertRefused(() -> onboarding.changeDue(own.getId(), moved.getVersion(), LocalDate.of(9999, 12, 31)),
                "mentoring.onboarding.error.due");

        OnboardingTask template = onboarding.plan(expert).tasks().getFirst();
        assertRefused(() -> onboarding.removeOwnTask(template.getId(), template.getVersion()),
                "mentoring.onboarding.error.template_task");
        onboarding.removeOwnTask(own.getId(), moved.getVersion());
        assertThat(onboarding.plan(expert).tasks()).extracting(OnboardingTask::getId).doesNotContain(own.getId());

        TestAccounts.signInAs(who.expertAccount());
        assertThatThrownBy(() -> onboarding.addOwnTask(expert, "Taak", TaskOwner.EXPERT, due))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void mijn_taken_lists_the_open_tasks_due_within_two_weeks_to_whoever_carries_them() {
        OnboardingPeople.People who = registeredExpert(time.today());
        OnboardingPeople.People other = registeredExpert(time.today());
        String link = "begeleiding/" + who.expertId() + "#" + OnboardingService.ANCHOR;
        OnboardingPlan plan = planAsCoordinator(who.expertId());
        List<String> soon = plan.tasks().stream()
                .filter(t -> !t.getDueOn().isAfter(time.today().plusDays(OnboardingService.SOON_DAYS)))
                .map(OnboardingTask::getTitle).toList();
        assertThat(soon).isNotEmpty();

        TestAccounts.signInAs(who.expertAccount());
        assertThat(myTasks.mine()).extracting(PersonalTask::link).containsOnly(link);
        assertThat(titles(myTasks.mine())).containsExactlyInAnyOrderElementsOf(titlesOf(plan, TaskOwner.EXPERT, soon));
        TestAccounts.signInAs(who.mentor());
        assertThat(titles(myTasks.mine())).containsExactlyInAnyOrderElementsOf(titlesOf(plan, TaskOwner.MENTOR, soon));
        TestAccounts.signInAs(who.buddy());
        assertThat(myTasks.mine()).isEmpty();
        TestAccounts.signInAs(hr);
        assertThat(myTasks.mine()).isEmpty();

        TestAccounts.signInAs(coordinator);
        List<PersonalTask> coordinators = myTasks.mine().stream().filter(t -> t.link().equals(link)).toList();
        assertThat(titles(coordinators)).containsExactlyInAnyOrderElementsOf(
                titlesOf(plan, TaskOwner.COORDINATOR, soon));
        assertThat(coordinators).allSatisfy(t -> assertThat(t.params()).contains(who.expert().getName()));
        assertThat(myTasks.mine()).extracting(PersonalTask::link)
                .contains("begeleiding/" + other.expertId() + "#" + OnboardingService.ANCHOR);

        // a finished task leaves the list
        OnboardingTask expertTask = plan.tasks().stream()
                .filter(t -> t.getOwner() == TaskOwner.EXPERT && soon.contains(t.getTitle())).findFirst().orElseThrow();
        TestAccounts.signInAs(who.expertAccount());
        onboarding.setStatus(expertTask.getId(), expertTask.getVersion(), TaskStatus.DONE);
        assertThat(titles(myTasks.mine())).doesNotContain(expertTask.getTitle());
    }

    @Test
    void mijn_taken_costs_one_statement() {
        OnboardingPeople.People who = registeredExpert(time.today());
        TestAccounts.signInAs(who.mentor());
        myTasks.mine();
        // outside a request the signed-in account is read too; a request has it already
        assertThat(StatementCounter.statementsOf(myTasks::mine)).filteredOn(sql -> sql.contains("mentoring_"))
                .hasSize(1);
    }

    static List<String> titles(List<PersonalTask> tasks) {
        return tasks.stream().map(t -> (String) t.params().getFirst()).toList();
    }

    static List<String> titlesOf(OnboardingPlan plan, TaskOwner owner, List<String> among) {
        return plan.tasks().stream().filter(t -> t.getOwner() == owner && among.contains(t.getTitle()))
                .map(OnboardingTask::getTitle).toList();
    }

    static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(messageKey);
    }
}
