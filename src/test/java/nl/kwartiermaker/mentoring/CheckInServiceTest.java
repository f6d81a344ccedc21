package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SensitiveDataRead;
import nl.kwartiermaker.mentoring.CheckInService.CheckInEntry;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Check-ins: who logs and edits them, who reads their notes (recorded each time), and when the next is due. */
@DatabaseTest
@RecordApplicationEvents
class CheckInServiceTest {

    @Autowired
    CheckInService checkIns;
    @Autowired
    MentoringTasks tasks;
    @Autowired
    SupportFixture fixture;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount expertAccount;
    UserAccount mentorAccount;
    RegisteredPerson expert;
    RegisteredPerson mentor;
    Mentorship mentorship;

    @BeforeEach
    void anExpertWithAMentorSinceTwoMonths() {
        expertAccount = fixture.account(Role.ERVARINGSDESKUNDIGE);
        mentorAccount = fixture.account(Role.MENTOR);
        String team = "Team " + UUID.randomUUID();
        expert = fixture.expert(expertAccount.id(), team, time.today().minusMonths(2), Set.of());
        mentor = fixture.supporter(mentorAccount.id(), true, false, false, team, 2, Seniority.SENIOR, Set.of());
        mentorship = fixture.active(expert, mentor, SupportKind.MENTOR, time.today().minusMonths(2));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private CheckInEntry entry(LocalDate heldOn, String notes) {
        return new CheckInEntry(heldOn, CheckInForm.WALK, "Eerste weken, rooster", "Grenzen aangeven in het team",
                "Volgende keer: casus meenemen", notes);
    }

    private UserAccount withRole(Role role) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        return TestAccounts.withRole(users, role);
    }

    @Test
    void mentor_and_expert_both_log_check_ins_and_the_history_shows_them_without_notes() {
        TestAccounts.signInAs(mentorAccount);
        checkIns.log(mentorship.getId(), entry(time.today().minusDays(7), "Spannend gesprek met teamleider"));
        TestAccounts.signInAs(expertAccount);
        checkIns.log(mentorship.getId(), entry(time.today(), ""));

        CheckInService.CheckInHistory history = checkIns.history(expert.getId());

        assertThat(history.checkIns()).extracting(LoggedCheckIn::heldOn)
                .containsExactly(time.today(), time.today().minusDays(7));
        assertThat(history.checkIns().getLast()).satisfies(c -> {
            assertThat(c.goal()).isEqualTo("Grenzen aangeven in het team");
            assertThat(c.supporterName()).isEqualTo(mentor.getName());
            assertThat(c.loggedById()).isEqualTo(mentorAccount.id());
        });
        assertThat(history.notesReadable()).isTrue();
        assertThat(events.stream(SensitiveDataRead.class)).as("the history reads no notes").isEmpty();
    }

    @Test
    void notes_are_read_by_the_expert_their_mentor_and_the_coordinator_and_each_read_is_recorded() {
        TestAccounts.signInAs(mentorAccount);
        CheckIn logged = checkIns.log(mentorship.getId(), entry(time.today(), "Slaapt slecht"));

        UserAccount coordinator = withRole(Role.COORDINATOR);
        for (UserAccount reader : new UserAccount[] {mentorAccount, expertAccount, coordinator}) {
            TestAccounts.signInAs(reader);
            assertThat(checkIns.notesOf(expert.getId())).containsEntry(logged.getId(), "Slaapt slecht");
        }
        var lines = AuditLines.about(jdbc, "SENSITIVE_DATA_READ", "begeleiding/" + expert.getId());
        assertThat(lines).extracting(l -> l.get("actor") + " " + l.get("result"))
                .containsExactly(mentorAccount.email() + " SUCCESS", expertAccount.email() + " SUCCESS",
                        coordinator.email() + " SUCCESS");
        AuditLines.holdNone(lines, "Slaapt slecht", expert.getName());
        assertThat(events.stream(SensitiveDataRead.class))
                .filteredOn(e -> e.object().equals("begeleiding/" + expert.getId())).hasSize(3)
                .allSatisfy(e -> assertThat(e).isEqualTo(SensitiveDataRead.opened(CheckInService.NOTES,
                        "begeleiding/" + expert.getId())));
    }

    @Test
    void an_unrelated_mentor_hr_a_medewerker_and_a_proposed_mentor_cannot_read_check_in_notes() {
        TestAccounts.signInAs(mentorAccount);
        checkIns.log(mentorship.getId(), entry(time.today(), "Slaapt slecht"));
        UserAccount unrelated = fixture.account(Role.MENTOR);
        fixture.supporter(unrelated.id(), true, false, false, "", 2, Seniority.SENIOR, Set.of());
        UserAccount proposedAccount = fixture.account(Role.MENTOR);
        RegisteredPerson proposed = fixture.supporter(proposedAccount.id(), false, true, true, "", 2, null, Set.of());
        fixture.proposed(expert, proposed, SupportKind.BUDDY, time.now(), null);

        TestAccounts.signInAs(unrelated);
        assertThatThrownBy(() -> checkIns.notesOf(expert.getId())).as("not found, as for anyone who may not see")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.error.notfound"));
        assertThatThrownBy(() -> checkIns.history(expert.getId())).isInstanceOf(InvalidInput.class);
        TestAccounts.signInAs(proposedAccount);
        assertThat(checkIns.history(expert.getId()).notesReadable()).isFalse();
        assertThatThrownBy(() -> checkIns.notesOf(expert.getId())).isInstanceOf(AccessDeniedException.class);
        for (Role role : new Role[] {Role.HR_ADVISEUR, Role.MEDEWERKER}) {
            TestAccounts.signInAs(withRole(role));
            assertThatThrownBy(() -> checkIns.notesOf(expert.getId())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        SensitiveDataRead refusal = SensitiveDataRead.opened(CheckInService.NOTES, "begeleiding/" + expert.getId())
                .asRefused();
        assertThat(events.stream(SensitiveDataRead.class)).as("the two who tried inside Begeleiding, nothing read")
                .containsExactly(refusal, refusal);
    }

    @Test
    void only_the_expert_and_their_own_supporter_log_and_only_on_a_running_mentorship() {
        TestAccounts.signInAs(withRole(Role.COORDINATOR));
        assertThatThrownBy(() -> checkIns.log(mentorship.getId(), entry(time.today(), "")))
                .isInstanceOf(AccessDeniedException.class);

        UserAccount buddyAccount = fixture.account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson buddy = fixture.supporter(buddyAccount.id(), false, true, true, "", 2, null, Set.of());
        Mentorship proposal = fixture.proposed(expert, buddy, SupportKind.BUDDY, time.now(), null);
        TestAccounts.signInAs(buddyAccount);
        assertThatThrownBy(() -> checkIns.log(proposal.getId(), entry(time.today(), "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.checkins.error.not_running"));
    }

    @Test
    void a_check_in_needs_a_date_in_the_past_after_the_start_and_a_goal_or_topics() {
        TestAccounts.signInAs(mentorAccount);
        assertThatThrownBy(() -> checkIns.log(mentorship.getId(), entry(time.today().plusDays(1), "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.checkins.error.future"));
        assertThatThrownBy(() -> checkIns.log(mentorship.getId(), entry(time.today().minusMonths(3), "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("mentoring.checkins.error.before_start"));
        assertThatThrownBy(() -> checkIns.log(mentorship.getId(), new CheckInEntry(time.today(), CheckInForm.PHONE,
                " ", "", "", ""))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                .isEqualTo("mentoring.checkins.error.empty"));
        assertThatThrownBy(() -> checkIns.log(mentorship.getId(), new CheckInEntry(time.today(), CheckInForm.PHONE,
                "x".repeat(CheckIn.TOPICS_MAX + 1), "", "", ""))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void whoever_logged_a_check_in_edits_it_from_the_version_they_saw() {
        TestAccounts.signInAs(mentorAccount);
        CheckIn logged = checkIns.log(mentorship.getId(), entry(time.today(), "eerste"));

        TestAccounts.signInAs(expertAccount);
        assertThatThrownBy(() -> checkIns.edit(logged.getId(), logged.getVersion(), entry(time.today(), "")))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs(mentorAccount);
        CheckIn edited = checkIns.edit(logged.getId(), logged.getVersion(), new CheckInEntry(time.today(),
                CheckInForm.VIDEO, "Rooster", "Eén doel", "", "aangepast"));
        assertThat(edited.getForm()).isEqualTo(CheckInForm.VIDEO);
        assertThatThrownBy(() -> checkIns.edit(logged.getId(), logged.getVersion(), entry(time.today(), "oud")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(checkIns.notesOf(expert.getId())).containsEntry(logged.getId(), "aangepast");
    }

    @Test
    void a_mentor_check_in_is_due_one_rhythm_after_the_last_and_overdue_the_day_after() {
        TestAccounts.signInAs(mentorAccount);
        CheckInService.CheckInHistory before = checkIns.history(expert.getId());
        assertThat(before.nextDue()).isEqualTo(time.today().minusMonths(2).plusMonths(1));
        assertThat(before.overdue()).isTrue();

        checkIns.log(mentorship.getId(), entry(time.today().minusDays(3), ""));
        CheckInService.CheckInHistory after = checkIns.history(expert.getId());
        assertThat(after.nextDue()).isEqualTo(time.today().minusDays(3).plusMonths(1));
        assertThat(after.overdue()).isFalse();

        clock.advance(Duration.ofDays(40));
        assertThat(checkIns.history(expert.getId()).overdue()).isTrue();
    }

    @Test
    void a_buddy_keeps_no_rhythm_so_nothing_is_ever_due() {
        RegisteredPerson otherExpert = fixture.expert(null, "", time.today().minusYears(1), Set.of());
        RegisteredPerson buddy = fixture.supporter(null, false, true, true, "", 2, null, Set.of());
        fixture.active(otherExpert, buddy, SupportKind.BUDDY, time.today().minusYears(1));
        TestAccounts.signInAs(withRole(Role.COORDINATOR));

        CheckInService.CheckInHistory history = checkIns.history(otherExpert.getId());
        assertThat(history.nextDue()).isNull();
        assertThat(history.overdue()).isFalse();
    }

    @Test
    void mijn_taken_shows_the_mentor_and_the_expert_a_check_in_due_within_a_week_or_overdue() {
        TestAccounts.signInAs(mentorAccount);
        assertThat(tasks.mine()).singleElement().satisfies(task -> {
            assertThat(task.messageKey()).isEqualTo("mentoring.checkins.task.mentor");
            assertThat(task.link()).isEqualTo("begeleiding/" + expert.getId() + "#check-ins");
            assertThat(task.overdue(time.today())).isTrue();
        });
        TestAccounts.signInAs(expertAccount);
        assertThat(tasks.mine()).extracting(PersonalTask::messageKey).containsExactly("mentoring.checkins.task.expert");

        checkIns.log(mentorship.getId(), entry(time.today(), ""));
        assertThat(tasks.mine()).as("a month ahead").isEmpty();
        clock.advance(Duration.ofDays(31 - CheckInSchedule.SOON_DAYS));
        assertThat(tasks.mine()).singleElement().satisfies(task -> assertThat(task.overdue(time.today())).isFalse());
    }

    @Test
    void mijn_taken_asks_the_proposed_supporter_for_an_answer_first() {
        UserAccount buddyAccount = fixture.account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson buddy = fixture.supporter(buddyAccount.id(), false, true, true, "", 2, null, Set.of());
        fixture.proposed(expert, buddy, SupportKind.BUDDY, time.now(), null);
        TestAccounts.signInAs(buddyAccount);

        assertThat(tasks.mine()).singleElement().satisfies(task -> {
            assertThat(task.messageKey()).isEqualTo("mentoring.matching.task.answer");
            assertThat(task.params()).containsExactly(expert.getName());
            assertThat(task.urgent()).isTrue();
            assertThat(task.link()).isEqualTo("begeleiding/" + expert.getId() + "#begeleiders");
        });
        TestAccounts.signInAs(withRole(Role.HR_ADVISEUR));
        assertThat(tasks.mine()).isEmpty();
    }
}
