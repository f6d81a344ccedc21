package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Suggestions, proposals and their answers, with capacity checked when proposing and again when accepting. */
@DatabaseTest
@RecordApplicationEvents
class MentorshipServiceTest {

    /** Every theme: a supporter sharing them all outranks anyone of another test, whose team is never ours. */
    static final Set<ExperienceTheme> ALL = EnumSet.allOf(ExperienceTheme.class);

    @Autowired
    MentorshipService mentorships;
    @Autowired
    SupportFixture fixture;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MutableClock clock;

    UserAccount coordinator;
    String team;
    RegisteredPerson expert;

    @BeforeEach
    void anExpertInATeamOfTheirOwn() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        SignedIn.nobody();
        team = "Team " + UUID.randomUUID();
        expert = fixture.expert(fixture.account(Role.ERVARINGSDESKUNDIGE).id(), team, time.today(), ALL);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private RegisteredPerson mentor(UserAccount account, int capacity, Seniority seniority,
                                    Set<ExperienceTheme> themes) {
        return fixture.supporter(account == null ? null : account.id(), true, false, false, team, capacity, seniority,
                themes);
    }

    private List<Long> suggested(SupportKind kind) {
        TestAccounts.signInAs(coordinator);
        return mentorships.suggestions(expert.getId(), kind).stream().map(MentorSuggestion::personId).toList();
    }

    @Test
    void the_best_match_comes_first_and_nobody_is_suggested_who_is_full_or_already_asked() {
        RegisteredPerson best = mentor(null, 2, Seniority.SENIOR, ALL);
        RegisteredPerson second = mentor(null, 2, Seniority.SENIOR, EnumSet.of(ExperienceTheme.VERSLAVING));
        RegisteredPerson full = mentor(null, 1, Seniority.SENIOR, ALL);
        fixture.active(fixture.expert(null, team, time.today(), Set.of()), full, SupportKind.MENTOR, time.today());

        List<Long> suggested = suggested(SupportKind.MENTOR);

        assertThat(suggested.getFirst()).isEqualTo(best.getId());
        assertThat(suggested).contains(second.getId()).doesNotContain(full.getId(), expert.getId());
        assertThat(suggested.indexOf(second.getId())).isGreaterThan(0);

        mentorships.propose(expert.getId(), best.getId(), SupportKind.MENTOR, "");
        assertThat(suggested(SupportKind.BUDDY)).as("already asked as mentor").doesNotContain(best.getId());
    }

    @Test
    void choosing_someone_other_than_the_first_suggestion_needs_a_reason_which_stays_with_the_proposal() {
        mentor(null, 2, Seniority.SENIOR, ALL);
        RegisteredPerson other = mentor(null, 2, Seniority.STARTING, Set.of());
        TestAccounts.signInAs(coordinator);

        assertThatThrownBy(() -> mentorships.propose(expert.getId(), other.getId(), SupportKind.MENTOR, " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.matching.error.override_reason"));

        Mentorship proposal = mentorships.propose(expert.getId(), other.getId(), SupportKind.MENTOR,
                "Kent de wijk goed");
        assertThat(proposal.getStatus()).isEqualTo(MentorshipStatus.PROPOSED);
        assertThat(proposal.getOverrideReason()).isEqualTo("Kent de wijk goed");
        assertThat(proposal.getProposedById()).isEqualTo(coordinator.id());
        assertThat(MentorSuggestion.decode(proposal.getSuggestionReasons())).extracting(MentorSuggestion.Reason::key)
                .contains("mentoring.matching.reason.capacity", "mentoring.matching.reason.same_team");
        assertThat(events.stream(MentorshipProposed.class)).anyMatch(e -> e.mentorshipId() == proposal.getId());
    }

    @Test
    void an_expert_has_one_running_or_proposed_mentor_and_one_buddy_at_a_time() {
        RegisteredPerson first = mentor(null, 2, Seniority.SENIOR, ALL);
        RegisteredPerson second = mentor(null, 2, Seniority.SENIOR, ALL);
        RegisteredPerson buddy = fixture.supporter(null, false, true, true, "", 2, null, ALL);
        TestAccounts.signInAs(coordinator);
        mentorships.propose(expert.getId(), first.getId(), SupportKind.MENTOR, "Eerste keus");

        assertThatThrownBy(() -> mentorships.propose(expert.getId(), second.getId(), SupportKind.MENTOR, "Tweede"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.matching.error.already_mentor"));
        assertThat(mentorships.propose(expert.getId(), buddy.getId(), SupportKind.BUDDY, "Buddy").getKind())
                .isEqualTo(SupportKind.BUDDY);
    }

    @Test
    void someone_the_matching_never_suggests_cannot_be_proposed_either() {
        RegisteredPerson notAnExpert = fixture.supporter(null, false, true, false, team, 2, null, ALL);
        TestAccounts.signInAs(coordinator);

        assertThatThrownBy(() -> mentorships.propose(expert.getId(), notAnExpert.getId(), SupportKind.BUDDY, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.matching.error.not_eligible"));
        assertThatThrownBy(() -> mentorships.propose(expert.getId(), expert.getId(), SupportKind.BUDDY, "x"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void only_the_proposed_supporter_answers_and_their_acceptance_starts_the_mentorship_today() {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 2, Seniority.SENIOR, ALL);
        UserAccount otherAccount = fixture.account(Role.MENTOR);
        mentor(otherAccount, 2, Seniority.SENIOR, Set.of());
        TestAccounts.signInAs(coordinator);
        Mentorship proposal = mentorships.propose(expert.getId(), mentor.getId(), SupportKind.MENTOR, "");

        assertThatThrownBy(() -> mentorships.accept(proposal.getId())).as("the coordinator")
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signInAs(otherAccount);
        assertThatThrownBy(() -> mentorships.accept(proposal.getId())).as("another mentor: not their expert")
                .isInstanceOf(InvalidInput.class);

        TestAccounts.signInAs(account);
        Mentorship running = mentorships.accept(proposal.getId());
        assertThat(running.getStatus()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(running.getStartedOn()).isEqualTo(time.today());
        assertThat(running.getRhythm()).isEqualTo(CheckInRhythm.MONTHLY);
        assertThat(events.stream(MentorshipStarted.class)).anyMatch(e -> e.mentorshipId() == proposal.getId()
                && e.coordinatorId().equals(coordinator.id()) && e.supporter().userId().equals(account.id()));
        assertThatThrownBy(() -> mentorships.decline(proposal.getId(), "toch niet"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.matching.error.not_open"));
    }

    @Test
    void a_decline_needs_a_reason_and_tells_the_coordinator_who_proposed_it() {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 2, Seniority.SENIOR, ALL);
        TestAccounts.signInAs(coordinator);
        Mentorship proposal = mentorships.propose(expert.getId(), mentor.getId(), SupportKind.MENTOR, "");
        TestAccounts.signInAs(account);

        assertThatThrownBy(() -> mentorships.decline(proposal.getId(), "  "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.matching.error.reason_required"));
        mentorships.decline(proposal.getId(), "Te druk dit kwartaal");

        Mentorship declined = fixture.reload(proposal);
        assertThat(declined.getStatus()).isEqualTo(MentorshipStatus.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Te druk dit kwartaal");
        assertThat(events.stream(MentorshipDeclined.class)).anyMatch(e -> e.mentorshipId() == proposal.getId()
                && e.coordinatorId().equals(coordinator.id()) && e.reason().equals("Te druk dit kwartaal"));
        assertThat(suggested(SupportKind.MENTOR)).as("free again").contains(mentor.getId());
    }

    @Test
    void acceptance_counts_running_mentorships_again_so_proposals_made_side_by_side_cannot_overfill() {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 1, Seniority.SENIOR, ALL);
        RegisteredPerson otherExpert = fixture.expert(null, team, time.today(), Set.of());
        Mentorship first = fixture.proposed(expert, mentor, SupportKind.MENTOR, time.now(), coordinator.id());
        Mentorship second = fixture.proposed(otherExpert, mentor, SupportKind.MENTOR, time.now(), coordinator.id());
        TestAccounts.signInAs(account);

        mentorships.accept(first.getId());

        assertThatThrownBy(() -> mentorships.accept(second.getId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("mentoring.matching.error.full");
                    assertThat(e.params()).containsExactly(1);
                });
        assertThat(fixture.reload(second).getStatus()).isEqualTo(MentorshipStatus.PROPOSED);
    }

    @Test
    void two_acceptances_at_the_same_moment_on_a_supporter_with_room_for_one_start_exactly_one() throws Exception {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 1, Seniority.SENIOR, ALL);
        List<Mentorship> proposals = List.of(
                fixture.proposed(expert, mentor, SupportKind.MENTOR, time.now(), coordinator.id()),
                fixture.proposed(fixture.expert(null, team, time.today(), Set.of()), mentor, SupportKind.MENTOR,
                        time.now(), coordinator.id()));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Mentorship proposal : proposals) {
                outcomes.add(threads.submit(() -> {
                    TestAccounts.signInAs(account);
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        mentorships.accept(proposal.getId());
                        return "accepted";
                    } catch (InvalidInput refused) {
                        return refused.messageKey();
                    } finally {
                        SignedIn.nobody();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            Collections.sort(results);
            assertThat(results).containsExactly("accepted", "mentoring.matching.error.full");
        } finally {
            threads.shutdownNow();
        }
        assertThat(proposals.stream().map(fixture::reload).filter(m -> m.getStatus() == MentorshipStatus.ACTIVE))
                .hasSize(1);
    }

    @Test
    void the_coordinator_withdraws_a_proposal_and_ends_a_mentorship_with_a_reason() {
        RegisteredPerson proposedMentor = mentor(null, 2, Seniority.SENIOR, ALL);
        RegisteredPerson buddy = fixture.supporter(null, false, true, true, "", 2, null, Set.of());
        Mentorship running = fixture.active(expert, buddy, SupportKind.BUDDY, time.today().minusMonths(3));
        TestAccounts.signInAs(coordinator);
        Mentorship proposal = mentorships.propose(expert.getId(), proposedMentor.getId(), SupportKind.MENTOR, "");

        mentorships.withdraw(proposal.getId(), proposal.getVersion());
        assertThat(fixture.reload(proposal).getStatus()).isEqualTo(MentorshipStatus.WITHDRAWN);

        assertThatThrownBy(() -> mentorships.end(running.getId(), running.getVersion(), ""))
                .isInstanceOf(InvalidInput.class);
        mentorships.end(running.getId(), running.getVersion(), "Klikte niet");
        Mentorship ended = fixture.reload(running);
        assertThat(ended.getStatus()).isEqualTo(MentorshipStatus.ENDED);
        assertThat(ended.getEndedOn()).isEqualTo(time.today());
        assertThat(ended.getEndReason()).isEqualTo("Klikte niet");
        assertThat(events.stream(MentorshipEnded.class)).anyMatch(e -> e.mentorshipId() == running.getId());
        assertThatThrownBy(() -> mentorships.end(ended.getId(), ended.getVersion(), "nogmaals"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_mentor_may_not_end_or_propose() {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 2, Seniority.SENIOR, ALL);
        Mentorship running = fixture.active(expert, mentor, SupportKind.MENTOR, time.today());
        TestAccounts.signInAs(account);

        assertThatThrownBy(() -> mentorships.end(running.getId(), running.getVersion(), "stop"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentorships.suggestions(expert.getId(), SupportKind.BUDDY))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_coordinator_or_the_mentor_changes_the_rhythm_but_not_the_expert() {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 2, Seniority.SENIOR, ALL);
        Mentorship running = fixture.active(expert, mentor, SupportKind.MENTOR, time.today());

        TestAccounts.signInAs(account);
        Mentorship changed = mentorships.changeRhythm(running.getId(), running.getVersion(),
                CheckInRhythm.EVERY_TWO_WEEKS);
        assertThat(changed.getRhythm()).isEqualTo(CheckInRhythm.EVERY_TWO_WEEKS);

        TestAccounts.signInAs(coordinator);
        Mentorship again = fixture.reload(running);
        mentorships.changeRhythm(running.getId(), again.getVersion(), CheckInRhythm.EVERY_SIX_WEEKS);
        assertThatThrownBy(() -> mentorships.changeRhythm(running.getId(), again.getVersion(),
                CheckInRhythm.MONTHLY)).as("an older version").isInstanceOf(
                org.springframework.dao.OptimisticLockingFailureException.class);

        SignedIn.as(users.findAccount(expert.getUserId()).orElseThrow().email(), Role.ERVARINGSDESKUNDIGE);
        assertThatThrownBy(() -> mentorships.changeRhythm(running.getId(), fixture.reload(running).getVersion(),
                CheckInRhythm.MONTHLY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_expert_page_shows_the_supporters_and_only_the_coordinator_gets_suggestions() {
        UserAccount account = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = mentor(account, 2, Seniority.SENIOR, ALL);
        fixture.proposed(expert, mentor, SupportKind.MENTOR, time.now(), coordinator.id());
        fixture.supporter(null, false, true, true, "", 2, null, ALL);

        TestAccounts.signInAs(coordinator);
        MentorshipService.ExpertSupport forCoordinator = mentorships.support(expert.getId());
        assertThat(forCoordinator.of(SupportKind.MENTOR)).hasValueSatisfying(line -> {
            assertThat(line.supporterName()).isEqualTo(mentor.getName());
            assertThat(line.askedOfMe()).isFalse();
        });
        assertThat(forCoordinator.suggestions()).containsOnlyKeys(SupportKind.BUDDY);
        assertThat(forCoordinator.suggestions().get(SupportKind.BUDDY)).isNotEmpty();

        TestAccounts.signInAs(account);
        MentorshipService.ExpertSupport forMentor = mentorships.support(expert.getId());
        assertThat(forMentor.of(SupportKind.MENTOR)).hasValueSatisfying(line -> assertThat(line.askedOfMe()).isTrue());
        assertThat(forMentor.suggestions()).isEmpty();
    }

    @Test
    void a_proposal_is_dated_by_the_portal_clock() {
        RegisteredPerson mentor = mentor(null, 2, Seniority.SENIOR, ALL);
        clock.advance(Duration.ofDays(40));
        TestAccounts.signInAs(coordinator);
        Mentorship proposal = mentorships.propose(expert.getId(), mentor.getId(), SupportKind.MENTOR, "");
        assertThat(proposal.getProposedAt()).isEqualTo(time.now());
        assertThat(LocalDate.ofInstant(proposal.getProposedAt(), PortalTime.ZONE)).isEqualTo(time.today());
    }
}
