package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.DatabaseTest;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@RecordApplicationEvents
class MentoringRegisterServiceTest {

    @Autowired
    MentoringRegisterService register;
    @Autowired
    MentoringOverviewService overviews;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    MentorshipRepository mentorships;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    UserAccount coordinator;

    @BeforeEach
    void coordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        TestAccounts.signInAs(coordinator);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A new account of its own, so that no other test's register entry is linked to it. */
    UserAccount account(Role... roles) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser("h1-" + UUID.randomUUID() + "@test.nl",
                "Persoon " + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(roles[0], roles),
                "een lang wachtwoord"));
        TestAccounts.signInAs(coordinator);
        return account;
    }

    PersonForm expertForm(String name, Long userId) {
        return new PersonForm(name, "", userId, true, time.today().minusMonths(1), "Wijkteam Zuid", null,
                Set.of(ExperienceTheme.VERSLAVING), Employment.PAID, 24, false, false, null, 0, true, "", false);
    }

    void refused(PersonForm form, String key) {
        assertThatThrownBy(() -> register.register(form)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(key);
    }

    long auditLines(long personId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'SENSITIVE_DATA_READ'"
                + " and result = 'SUCCESS' and object_ref = ?", Long.class, "begeleiding/" + personId);
    }

    List<String> refusals(long personId) {
        return jdbc.queryForList("select concat(actor, ' ', detail) from audit_event where action ="
                + " 'SENSITIVE_DATA_READ' and result = 'DENIED' and object_ref = ? order by id", String.class,
                "begeleiding/" + personId);
    }

    @Test
    void a_coordinator_registers_an_expert_and_the_onboarding_hears_of_it() {
        String name = "Ervaringsdeskundige " + UUID.randomUUID();
        RegisteredPerson saved = register.register(new PersonForm(" " + name + " ", " anna@example.nl ", null, true,
                time.today(), "Team Noord", null, Set.of(ExperienceTheme.DAKLOOSHEID, ExperienceTheme.VERSLAVING),
                Employment.VOLUNTEER, null, false, false, null, 0, true, "", false));

        assertThat(saved.getName()).isEqualTo(name);
        assertThat(saved.getEmail()).isEqualTo("anna@example.nl");
        assertThat(saved.getThemes())
                .containsExactlyInAnyOrder(ExperienceTheme.DAKLOOSHEID, ExperienceTheme.VERSLAVING);
        assertThat(saved.getHoursPerWeek()).as("a volunteer may leave the hours empty").isNull();
        assertThat(events.stream(ExpertRegistered.class).map(ExpertRegistered::personId))
                .containsExactly(saved.getId());
    }

    @Test
    void a_supporter_is_registered_without_the_expert_fields_and_without_telling_the_onboarding() {
        RegisteredPerson saved = register.register(new PersonForm("Begeleider " + UUID.randomUUID(), "", null, false,
                time.today(), "Team Noord", null, Set.of(), Employment.PAID, 32, true, true, Seniority.SENIOR, 3,
                false, "Niet in juli", false));

        assertThat(saved.getStartDate()).as("only an expert has a start date").isNull();
        assertThat(saved.getEmployment()).isNull();
        assertThat(saved.getCapacity()).isEqualTo(3);
        assertThat(saved.isAvailable()).isFalse();
        assertThat(events.stream(ExpertRegistered.class)).isEmpty();
    }

    /** A form like {@link #expertForm} with the expert's and the supporter's fields as given. */
    PersonForm form(String name, String email, boolean expert, LocalDate start, Employment employment, Integer hours,
                    boolean mentor, int capacity, Long trajectId) {
        return new PersonForm(name, email, null, expert, start, "Team", trajectId, Set.of(), employment, hours, mentor,
                false, null, capacity, true, "", false);
    }

    @Test
    void the_register_refuses_what_does_not_fit_with_a_message_that_says_what_to_change() {
        String name = "Naam " + UUID.randomUUID();
        LocalDate start = time.today();
        Employment paid = Employment.PAID;
        refused(form(" ", "", true, start, paid, 24, false, 0, null), "mentoring.register.error.name");
        refused(form("x".repeat(RegisteredPerson.NAME_MAX + 1), "", true, start, paid, 24, false, 0, null),
                "mentoring.register.error.name");
        refused(form(name, "anna@", true, start, paid, 24, false, 0, null), "mentoring.register.error.email");
        refused(form(name, "", false, null, null, null, false, 0, null), "mentoring.register.error.role");
        refused(form(name, "", true, null, paid, 24, false, 0, null), "mentoring.register.error.startdate");
        refused(form(name, "", true, LocalDate.of(1900, 1, 1), paid, 24, false, 0, null),
                "mentoring.register.error.startdate.window");
        refused(form(name, "", true, start, null, 24, false, 0, null), "mentoring.register.error.employment");
        refused(form(name, "", true, start, paid, null, false, 0, null), "mentoring.register.error.hours");
        refused(form(name, "", true, start, paid, 41, false, 0, null), "mentoring.register.error.hours");
        refused(form(name, "", true, start, Employment.VOLUNTEER, 0, false, 0, null), "mentoring.register.error.hours");
        refused(form(name, "", false, null, null, null, true, RegisteredPerson.CAPACITY_MAX + 1, null),
                "mentoring.register.error.capacity");
        refused(form(name, "", false, null, null, null, true, -1, null), "mentoring.register.error.capacity");
        refused(form(name, "", true, start, paid, 24, false, 0, -1L), "mentoring.register.error.traject");
        refused(expertForm(name, -1L), "mentoring.register.error.account");
        assertThat(events.stream(ExpertRegistered.class)).as("nothing refused was registered").isEmpty();
    }

    @Test
    void an_account_belongs_to_one_active_entry_and_is_free_again_once_its_person_left() {
        UserAccount expertAccount = account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson first = register.register(expertForm("Eerste " + UUID.randomUUID(), expertAccount.id()));
        refused(expertForm("Tweede " + UUID.randomUUID(), expertAccount.id()),
                "mentoring.register.error.account.taken");
        // changing the entry that holds the account keeps it
        RegisteredPerson changed = register.update(first.getId(), first.getVersion(),
                expertForm(first.getName(), expertAccount.id()));

        register.markLeft(changed.getId(), changed.getVersion());
        RegisteredPerson again = register.register(expertForm("Terug " + UUID.randomUUID(), expertAccount.id()));
        assertThat(again.getUserId()).isEqualTo(expertAccount.id());
    }

    @Test
    void a_change_from_an_old_version_is_refused_instead_of_overwriting_the_other_change() {
        RegisteredPerson person = register.register(expertForm("Versie " + UUID.randomUUID(), null));
        register.update(person.getId(), person.getVersion(), expertForm(person.getName() + " A", null));

        assertThatThrownBy(() -> register.update(person.getId(), person.getVersion(),
                expertForm(person.getName() + " B", null))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> register.markLeft(person.getId(), person.getVersion()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void someone_who_becomes_an_expert_later_starts_an_onboarding_once() {
        RegisteredPerson buddy = register.register(new PersonForm("Buddy " + UUID.randomUUID(), "", null, false, null,
                "Team", null, Set.of(), null, null, false, true, null, 2, true, "", false));
        RegisteredPerson expert = register.update(buddy.getId(), buddy.getVersion(), new PersonForm(buddy.getName(),
                "", null, true, time.today(), "Team", null, Set.of(), Employment.PAID, 12, false, true, null, 2, true,
                "", false));
        register.update(expert.getId(), expert.getVersion(), new PersonForm(buddy.getName(), "", null, true,
                time.today(), "Team 2", null, Set.of(), Employment.PAID, 12, false, true, null, 2, true, "", false));

        assertThat(events.stream(ExpertRegistered.class).map(ExpertRegistered::personId))
                .containsExactly(buddy.getId());
    }

    @Test
    void a_person_who_left_is_kept_out_of_the_overview_and_no_longer_changes() {
        RegisteredPerson person = register.register(expertForm("Vertrekt " + UUID.randomUUID(), null));
        RegisteredPerson left = register.markLeft(person.getId(), person.getVersion());

        assertThat(left.getLeftOn()).isEqualTo(time.today());
        assertThat(events.stream(PersonLeft.class).map(PersonLeft::personId)).containsExactly(person.getId());
        assertThat(overviews.coordinatorOverview().experts()).noneMatch(e -> e.id() == person.getId());
        assertThat(register.page(person.getId()).person().hasLeft()).as("the page stays for the history").isTrue();
        assertThatThrownBy(() -> register.update(left.getId(), left.getVersion(), expertForm(left.getName(), null)))
                .isInstanceOf(InvalidInput.class).hasMessage("mentoring.register.error.left");
    }

    @Test
    void only_the_coordinator_changes_the_register() {
        RegisteredPerson person = register.register(expertForm("Alleen " + UUID.randomUUID(), null));
        for (Role role : Role.values()) {
            if (role == Role.COORDINATOR) {
                continue;
            }
            TestAccounts.signInAs(account(role));
            assertThatThrownBy(() -> register.register(expertForm("Niet " + UUID.randomUUID(), null)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.update(person.getId(), person.getVersion(),
                    expertForm("Niet", null))).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.markLeft(person.getId(), person.getVersion()))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** An expert with an account, an active mentor and buddy, a proposed mentor and an unrelated mentor. */
    record Circle(RegisteredPerson expert, UserAccount self, UserAccount mentor, UserAccount buddy,
                  UserAccount proposed, UserAccount unrelated) {
    }

    Circle circle() {
        UserAccount self = account(Role.ERVARINGSDESKUNDIGE);
        UserAccount mentor = account(Role.MENTOR);
        UserAccount buddy = account(Role.ERVARINGSDESKUNDIGE);
        UserAccount proposed = account(Role.MENTOR);
        UserAccount unrelated = account(Role.MENTOR, Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson expert = fixture.expert(self.id(), "Team " + UUID.randomUUID(), time.today(), Set.of());
        Set<ExperienceTheme> none = Set.of();
        fixture.active(expert, fixture.supporter(mentor.id(), true, false, false, "", 3, Seniority.SENIOR, none),
                SupportKind.MENTOR, time.today());
        fixture.active(expert, fixture.supporter(buddy.id(), false, true, true, "", 3, null, none), SupportKind.BUDDY,
                time.today());
        mentorships.save(new Mentorship(expert.getId(), fixture.supporter(proposed.id(), true, false, false, "", 3,
                null, none).getId(), SupportKind.MENTOR, Instant.now(), coordinator.id()));
        fixture.supporter(unrelated.id(), true, true, true, "", 3, null, none);
        return new Circle(expert, self, mentor, buddy, proposed, unrelated);
    }

    @Test
    void the_expert_their_own_mentor_and_buddy_and_the_coordinator_read_the_notes_and_each_reading_is_audited() {
        Circle circle = circle();
        long id = circle.expert().getId();
        var first = register.notes(id);
        assertThat(first.version()).isEqualTo(MentoringRegisterService.NO_NOTES_YET);
        register.saveNotes(id, first.version(), "Woont sinds kort zelfstandig", "Gaat goed; let op de werkdruk");
        assertThat(auditLines(id)).isEqualTo(1);

        for (UserAccount reader : new UserAccount[] {circle.self(), circle.mentor(), circle.buddy(), coordinator}) {
            TestAccounts.signInAs(reader);
            long before = auditLines(id);
            assertThat(register.page(id).mayReadNotes()).as(reader.email()).isTrue();
            assertThat(auditLines(id)).as("opening the page reads no notes").isEqualTo(before);
            assertThat(register.notes(id).wellbeingNotes()).isEqualTo("Gaat goed; let op de werkdruk");
            assertThat(auditLines(id)).as("one line per reading").isEqualTo(before + 1);
        }
        String line = jdbc.queryForObject("select concat(actor, ' ', result, ' ', coalesce(detail, '')) from"
                + " audit_event where action = 'SENSITIVE_DATA_READ' and object_ref = ? order by id desc limit 1",
                String.class, "begeleiding/" + id);
        assertThat(line).isEqualTo(coordinator.email() + " SUCCESS " + MentoringRegisterService.PERSONAL_NOTES);
        AuditLines.holdNone(AuditLines.about(jdbc, "SENSITIVE_DATA_READ", "begeleiding/" + id), "werkdruk",
                "zelfstandig", circle.expert().getName());
    }

    @Test
    void an_unrelated_mentor_a_proposed_mentor_hr_a_medewerker_and_a_beheerder_cannot_read_the_notes() {
        Circle circle = circle();
        long id = circle.expert().getId();
        register.saveNotes(id, MentoringRegisterService.NO_NOTES_YET, "Privé", "Privé");
        long before = auditLines(id);

        TestAccounts.signInAs(circle.proposed());
        assertThat(register.page(id).mayReadNotes()).as("a proposed mentor sees the page, not the notes").isFalse();
        UserAccount hr = account(Role.HR_ADVISEUR);
        for (UserAccount refused : new UserAccount[] {circle.proposed(), circle.unrelated(), hr,
                account(Role.MEDEWERKER), account(Role.BEHEERDER)}) {
            TestAccounts.signInAs(refused);
            assertThatThrownBy(() -> register.notes(id)).as(refused.roles().toString())
                    .isInstanceOfAny(AccessDeniedException.class, InvalidInput.class);
            assertThatThrownBy(() -> register.saveNotes(id, 0, "Overschreven", "")).as(refused.roles().toString())
                    .isInstanceOfAny(AccessDeniedException.class, InvalidInput.class);
        }
        TestAccounts.signInAs(circle.unrelated());
        assertThatThrownBy(() -> register.page(id)).as("someone unrelated is told it does not exist")
                .isInstanceOf(InvalidInput.class).hasMessage("mentoring.error.notfound");
        assertThat(auditLines(id)).as("nothing was read").isEqualTo(before);
        assertThat(refusals(id)).as("who tried inside Begeleiding; the other roles never reach the method")
                .containsExactly(circle.proposed().email() + " " + MentoringRegisterService.PERSONAL_NOTES,
                        circle.unrelated().email() + " " + MentoringRegisterService.PERSONAL_NOTES);
        assertThat(jdbc.queryForList("select result from audit_event where action = 'ACCESS_DENIED' and actor = ?"
                + " and object_ref = 'MentoringRegisterService.notes'", String.class, hr.email()))
                .as("a refusal by role is the access-denied line of Spring Security's event").containsExactly("DENIED");
        TestAccounts.signInAs(coordinator);
        assertThat(register.notes(id).personalSituation()).isEqualTo("Privé");
    }

    @Test
    void notes_changed_by_someone_else_in_between_are_not_overwritten() {
        Circle circle = circle();
        long id = circle.expert().getId();
        var saved = register.saveNotes(id, MentoringRegisterService.NO_NOTES_YET, "Eerste", "");
        TestAccounts.signInAs(circle.mentor());
        register.saveNotes(id, saved.version(), "Van de mentor", "");

        TestAccounts.signInAs(coordinator);
        assertThatThrownBy(() -> register.saveNotes(id, saved.version(), "Van de coördinator", ""))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> register.saveNotes(id, MentoringRegisterService.NO_NOTES_YET, "Nieuw", ""))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> register.saveNotes(id, saved.version() + 1, "x".repeat(PersonalNotes.TEXT_MAX + 1),
                "")).isInstanceOf(InvalidInput.class).hasMessage("mentoring.register.error.notes");
        assertThat(register.notes(id).personalSituation()).isEqualTo("Van de mentor");
    }
}
