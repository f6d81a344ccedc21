package nl.kwartiermaker.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.notification.NotificationService;
import nl.kwartiermaker.readiness.AnswerValue;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundForm;
import nl.kwartiermaker.readiness.ScanAnsweringService;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanRound;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.traject.TrajectWarning;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class GoNoGoServiceTest {

    @Autowired
    GoNoGoService decisions;
    @Autowired
    GoNoGoDecisionRepository repository;
    @Autowired
    GoNoGoQuestions questions;
    @Autowired
    TrajectService trajecten;
    @Autowired
    UserService users;
    @Autowired
    NotificationService notifications;
    @Autowired
    PortalTime time;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    UserAccount lead;
    UserAccount member;
    Traject traject;

    @BeforeEach
    void trajectWithAMember() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        lead = TestAccounts.withRole(users, Role.PROJECTLEIDER);
        member = TestAccounts.withRole(users, Role.COORDINATOR);
        TestAccounts.signInAs(lead);
        traject = trajecten.create(new TrajectForm("Besluit " + UUID.randomUUID(), "Team", StartingPoint.DROOM, "",
                EnumSet.of(Domain.HULPVERLENING), EnumSet.of(ExpertRole.ONDERSTEUNER), lead.id(), time.today(),
                true, "Team A", 2, "Leidinggevende", "Senior", false,
                Set.of(member.id())));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    DecisionForm form(Outcome outcome, Set<String> motives, LocalDate review) {
        return new DecisionForm(questions.preconditions().stream()
                .map(p -> new PreconditionAssessment(p.key(), Rating.VOLDOENDE, "Zie verslag MT")).toList(),
                motives, outcome, "Onderbouwing", outcome == Outcome.NOT_YET ? "Eerst budget regelen" : "",
                "MT en projectleider", time.today(), review);
    }

    @Test
    void the_questions_cover_the_four_preconditions_and_the_seeds_donts() {
        assertThat(questions.preconditions()).extracting(GoNoGoQuestions.Precondition::key)
                .containsExactly("ondersteuning", "financiering", "draagvlak", "veranderbereidheid");
        assertThat(questions.motives()).filteredOn(m -> !m.recommended()).extracting(GoNoGoQuestions.Motive::key)
                .contains("omdat-het-moet", "voor-pr", "omdat-het-goedkoop-is", "ervaringsdeskundige-als-projectleider");
        assertThat(questions.motives()).anyMatch(GoNoGoQuestions.Motive::recommended);
    }

    @Test
    void a_go_moves_the_traject_into_fase_1_and_tells_everyone_involved() {
        int before = notificationsOf(member);
        decisions.record(traject.getId(), form(Outcome.GO, Set.of(), null));
        assertThat(trajecten.find(traject.getId()).orElseThrow().getStage()).isEqualTo(Stage.FASE_1);
        assertThat(notificationsOf(member)).isEqualTo(before + 1);
        TestAccounts.signInAs(member);
        // the shared test account may hold later messages of other features' tests (a test clock set ahead)
        assertThat(notifications.mine(Pageable.ofSize(50))).extracting(n -> n.getTitle())
                .anyMatch(t -> t.contains(traject.getName()) && t.contains("Go"));
    }

    @Test
    void a_new_decision_supersedes_the_last_and_the_history_keeps_both() {
        GoNoGoDecision notYet = decisions.record(traject.getId(),
                form(Outcome.NOT_YET, Set.of(), time.today().plusMonths(3)));
        assertThat(trajecten.find(traject.getId()).orElseThrow().getStage()).isEqualTo(Stage.VERKENNING);
        GoNoGoDecision go = decisions.record(traject.getId(), form(Outcome.GO, Set.of(), null));

        assertThat(go.getSupersedesId()).isEqualTo(notYet.getId());
        assertThat(decisions.history(traject.getId())).extracting(GoNoGoDecision::getId)
                .containsExactly(go.getId(), notYet.getId());
        assertThat(decisions.current(traject.getId())).map(GoNoGoDecision::getOutcome).contains(Outcome.GO);
        GoNoGoDecision stored = repository.findById(notYet.getId()).orElseThrow();
        assertThat(stored.getOutcome()).isEqualTo(Outcome.NOT_YET);
        assertThat(stored.getReviewDate()).isEqualTo(time.today().plusMonths(3));
    }

    /*
     * Through the application: JPA never writes a change to a recorded decision, and a bulk update is refused. The
     * database itself would still take an UPDATE in plain SQL (it has no trigger against it), so this test does not
     * claim more than the application.
     */
    @Test
    void a_recorded_decision_cannot_be_changed_through_the_application() {
        GoNoGoDecision decision = decisions.record(traject.getId(), form(Outcome.NO_GO, Set.of("voor-pr"), null));

        List<String> written = StatementCounter.statementsOf(() -> transactions.executeWithoutResult(tx -> {
            GoNoGoDecision loaded = entityManager.find(GoNoGoDecision.class, decision.getId());
            ReflectionTestUtils.setField(loaded, "outcome", Outcome.GO);
            ReflectionTestUtils.setField(loaded, "rationale", "Achteraf anders opgeschreven");
            entityManager.flush();
        }));
        assertThat(written).as("no statement writes the change")
                .noneMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).startsWith("update"));
        GoNoGoDecision stored = repository.findById(decision.getId()).orElseThrow();
        assertThat(stored.getOutcome()).isEqualTo(Outcome.NO_GO);
        assertThat(stored.getRationale()).isEqualTo("Onderbouwing");

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> entityManager
                .createQuery("update GoNoGoDecision d set d.rationale = 'Achteraf' where d.id = :id")
                .setParameter("id", decision.getId()).executeUpdate()))
                .hasMessageContaining("immutable");
        assertThat(repository.findById(decision.getId()).orElseThrow().getRationale()).isEqualTo("Onderbouwing");
        assertThat(repository.findById(decision.getId()).orElseThrow().getMotives()).containsExactly("voor-pr");
        // the repository offers no way to change or remove one
        assertThat(java.util.Arrays.stream(GoNoGoDecisionRepository.class.getMethods()).map(m -> m.getName()))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update"));
    }

    @Test
    void not_yet_needs_conditions_and_a_review_date_which_appears_on_the_overview() {
        DecisionForm withoutDate = form(Outcome.NOT_YET, Set.of(), null);
        assertThatThrownBy(() -> decisions.record(traject.getId(), withoutDate)).hasMessage("decision.error.review");
        DecisionForm withoutConditions = new DecisionForm(withoutDate.preconditions(), Set.of(), Outcome.NOT_YET,
                "Reden", "", "MT", time.today(), time.today().plusMonths(1));
        assertThatThrownBy(() -> decisions.record(traject.getId(), withoutConditions))
                .hasMessage("decision.error.conditions");

        decisions.record(traject.getId(), form(Outcome.NOT_YET, Set.of(), time.today().plusMonths(2)));
        TestAccounts.signInAs(member);
        assertThat(decisions.myReviews()).anySatisfy(r -> {
            assertThat(r.trajectId()).isEqualTo(traject.getId());
            assertThat(r.reviewDate()).isEqualTo(time.today().plusMonths(2));
        });
    }

    @Test
    void every_precondition_must_be_rated_and_the_decision_explained() {
        DecisionForm unrated = new DecisionForm(List.of(), Set.of(), Outcome.GO, "Reden", "", "MT", time.today(),
                null);
        assertThatThrownBy(() -> decisions.record(traject.getId(), unrated)).hasMessage("decision.error.precondition");
        DecisionForm unexplained = new DecisionForm(form(Outcome.GO, Set.of(), null).preconditions(), Set.of(),
                Outcome.GO, " ", "", "MT", time.today(), null);
        assertThatThrownBy(() -> decisions.record(traject.getId(), unexplained)).hasMessage("decision.error.rationale");
        LocalDate today = time.today();
        DecisionForm future = new DecisionForm(unexplained.preconditions(), Set.of(), Outcome.GO, "Reden", "", "MT",
                today.plusDays(2), null);
        assertThatThrownBy(() -> decisions.record(traject.getId(), future)).hasMessage("decision.error.date");
        assertThat(repository.findByTrajectIdOrderByRecordedAtDescIdDesc(traject.getId())).isEmpty();
    }

    @Test
    void a_decision_date_of_1900_or_a_review_date_of_9999_is_refused_with_the_limit() {
        int year = time.today().getYear();
        DecisionForm valid = form(Outcome.NOT_YET, Set.of(), time.today().plusMonths(1));
        for (LocalDate wrong : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(year - 2, 12, 31))) {
            DecisionForm early = new DecisionForm(valid.preconditions(), Set.of(), Outcome.GO, "Reden", "", "MT",
                    wrong, null);
            assertThatThrownBy(() -> decisions.record(traject.getId(), early)).as("" + wrong)
                    .isInstanceOf(InvalidInput.class).hasMessage("decision.error.date.window")
                    .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(year - 1));
        }
        for (LocalDate wrong : List.of(LocalDate.of(9999, 12, 31), LocalDate.of(year + 11, 1, 1))) {
            DecisionForm late = new DecisionForm(valid.preconditions(), Set.of(), Outcome.NOT_YET, "Reden",
                    "Eerst budget", "MT", time.today(), wrong);
            assertThatThrownBy(() -> decisions.record(traject.getId(), late)).as("" + wrong)
                    .isInstanceOf(InvalidInput.class).hasMessage("decision.error.review.window")
                    .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(year + 10));
        }
        assertThat(repository.findByTrajectIdOrderByRecordedAtDescIdDesc(traject.getId())).isEmpty();

        GoNoGoDecision recorded = decisions.record(traject.getId(), new DecisionForm(valid.preconditions(), Set.of(),
                Outcome.NOT_YET, "Reden", "Eerst budget", "MT", LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year + 10, 12, 31)));
        assertThat(recorded.getReviewDate()).isEqualTo(LocalDate.of(year + 10, 12, 31));
    }

    @Autowired
    ScanRoundService rounds;
    @Autowired
    ScanAnsweringService answering;
    @Autowired
    MutableClock clock;

    /*
     * The page reads in one transaction, and the scan's results seal a round that closed by its date in a transaction
     * of their own on the way: on MariaDB the page must then still see the sealed answers (READ COMMITTED).
     */
    @Test
    void the_decision_page_shows_its_history_and_a_scan_round_that_closed_by_date_since() {
        GoNoGoDecision decision = decisions.record(traject.getId(), form(Outcome.GO, Set.of(), null));
        ScanRound round = rounds.createRound(traject.getId(), new RoundForm("Nulmeting " + traject.getId(),
                time.today(), time.today().plusDays(7), Set.of(RespondentGroup.MEDEWERKERS), null));
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        Map<Long, AnswerValue> answers = new HashMap<>();
        rounds.questions(round.getId()).stream().filter(q -> !q.isOpenQuestion())
                .forEach(q -> answers.put(q.getId(), AnswerValue.score(q.isReverseScored() ? 2 : 4)));
        for (int i = 0; i < 5; i++) {
            answering.submit(token, answers);
        }
        Instant now = clock.instant();
        clock.advance(Duration.ofDays(9));
        try {
            GoNoGoService.DecisionPage page = decisions.page(traject.getId());
            assertThat(page.traject().name()).isEqualTo(traject.getName());
            assertThat(page.traject().mayManage()).isTrue();
            assertThat(page.history()).extracting(GoNoGoDecision::getId).containsExactly(decision.getId());
            assertThat(page.scanAvailable()).isTrue();
            assertThat(page.latestScan()).hasValueSatisfying(scan -> {
                assertThat(scan.roundName()).isEqualTo("Nulmeting " + traject.getId());
                assertThat(scan.respondents()).isEqualTo(5);
                assertThat(scan.themes()).isNotEmpty().allSatisfy(t -> assertThat(t.score()).isEqualTo(4.0));
            });
        } finally {
            // back to where it was, so no other test sees the clock nine days on
            clock.advance(Duration.between(clock.instant(), now));
        }
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.MENTOR));
        assertThatThrownBy(() -> decisions.page(traject.getId())).hasMessage("traject.error.notfound");
    }

    @Test
    void a_decision_without_a_closed_scan_round_is_allowed_and_says_so_and_one_after_a_closed_round_does_not() {
        GoNoGoDecision early = decisions.record(traject.getId(),
                form(Outcome.NOT_YET, Set.of(), time.today().plusMonths(1)));
        assertThat(early.isWithoutScan()).isTrue();
        assertThat(repository.findById(early.getId()).orElseThrow().isWithoutScan()).as("stored").isTrue();

        ScanRound round = rounds.createRound(traject.getId(), new RoundForm("Ronde " + traject.getId(),
                time.today(), time.today().plusDays(7), Set.of(RespondentGroup.MEDEWERKERS), null));
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        Map<Long, AnswerValue> answers = new HashMap<>();
        rounds.questions(round.getId()).stream().filter(q -> !q.isOpenQuestion())
                .forEach(q -> answers.put(q.getId(), AnswerValue.score(3)));
        for (int i = 0; i < 5; i++) {
            answering.submit(token, answers);
        }
        rounds.close(round.getId(), round.getVersion());
        GoNoGoDecision afterScan = decisions.record(traject.getId(), form(Outcome.GO, Set.of(), null));
        assertThat(afterScan.isWithoutScan()).isFalse();
    }

    @Autowired
    ReviewTasks reviewTasks;

    @Test
    void a_not_yet_whose_review_date_has_come_is_a_task_for_the_project_lead_linking_to_the_decision_page() {
        decisions.record(traject.getId(), form(Outcome.NOT_YET, Set.of(), time.today().plusDays(5)));
        String page = "trajecten/" + traject.getId() + "/besluit";
        assertThat(reviewTasks.mine()).as("not yet: the date has not come").noneMatch(t -> t.link().equals(page));
        DecisionForm dueToday = form(Outcome.NOT_YET, Set.of(), time.today());
        decisions.record(traject.getId(), new DecisionForm(dueToday.preconditions(), Set.of(), Outcome.NOT_YET,
                "Reden", "Eerst budget", "MT", time.today().minusDays(10), time.today()));
        assertThat(reviewTasks.mine()).filteredOn(t -> t.link().equals(page)).singleElement().satisfies(t -> {
            assertThat(t.messageKey()).isEqualTo("tasks.decision.review");
            assertThat(t.params()).containsExactly(traject.getName());
            assertThat(t.due()).isEqualTo(time.today());
        });
        TestAccounts.signInAs(member);
        assertThat(reviewTasks.mine()).as("the member does not record decisions").isEmpty();
        TestAccounts.signInAs(lead);
        decisions.record(traject.getId(), form(Outcome.GO, Set.of(), null));
        assertThat(reviewTasks.mine()).as("a newer decision replaced it").noneMatch(t -> t.link().equals(page));
    }

    @Test
    void a_motive_the_seeds_advise_against_becomes_a_warning_on_the_traject() {
        decisions.record(traject.getId(), form(Outcome.GO, Set.of("omdat-het-goedkoop-is"), null));
        assertThat(trajecten.view(traject.getId()).warnings()).extracting(TrajectWarning::messageKey)
                .contains("traject.warning.motive");
    }

    @Test
    void members_read_decisions_but_only_the_lead_or_a_beheerder_records_them() {
        decisions.record(traject.getId(), form(Outcome.GO, Set.of(), null));
        TestAccounts.signInAs(member);
        assertThat(decisions.history(traject.getId())).hasSize(1);
        assertThatThrownBy(() -> decisions.record(traject.getId(), form(Outcome.NO_GO, Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(decisions.record(traject.getId(), form(Outcome.NO_GO, Set.of(), null)).getOutcome())
                .isEqualTo(Outcome.NO_GO);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.MENTOR));
        assertThatThrownBy(() -> decisions.history(traject.getId())).hasMessage("traject.error.notfound");
    }

    private int notificationsOf(UserAccount account) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs(account);
        int count = notifications.mine(Pageable.ofSize(1000)).size();
        // ROLE_STAFF is no role of its own: SignedIn adds it again from the roles
        SignedIn.as(previous.getName(), previous.getAuthorities().stream()
                .map(a -> a.getAuthority().substring(5)).filter(name -> !name.equals(Role.Names.STAFF))
                .map(Role::valueOf).toArray(Role[]::new));
        return count;
    }
}
