package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
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

/** Supervision per expert: who arranges it, who reads it, and its sessions as calendar invitations. */
@DatabaseTest
@RecordApplicationEvents
class SupervisionServiceTest {

    @Autowired
    SupervisionService supervision;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    RegisteredPersonRepository people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    UserAccount coordinator;
    UserAccount expertAccount;
    UserAccount supervisorAccount;
    RegisteredPerson expert;
    RegisteredPerson supervisor;

    @BeforeEach
    void anExpertAndASupervisorWhoIsAnExpertToo() {
        coordinator = account(Role.COORDINATOR);
        expertAccount = account(Role.ERVARINGSDESKUNDIGE);
        supervisorAccount = account(Role.ERVARINGSDESKUNDIGE);
        expert = fixture.expert(expertAccount.id(), "Team Noord", LocalDate.of(2026, 1, 1), Set.of());
        supervisor = supervisor(supervisorAccount.id(), true);
        asCoordinator();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private UserAccount account(Role role) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        return users.create(new UserService.NewUser(role.name().toLowerCase() + "-" + UUID.randomUUID()
                + "@example.nl", "Begeleiding " + role.name() + " " + UUID.randomUUID(), EnumSet.of(role), "een lang wachtwoord"));
    }

    private RegisteredPerson supervisor(Long userId, boolean alsoExpert) {
        RegisteredPerson person = fixture.supporter(userId, false, false, alsoExpert, "Team Zuid", 0,
                Seniority.SENIOR, Set.of());
        person.setSupervisor(true);
        return people.save(person);
    }

    private void asCoordinator() {
        SignedIn.as(coordinator.email(), Role.COORDINATOR);
    }

    private SupervisionArrangement arrange() {
        asCoordinator();
        return supervision.arrange(expert.getId(), new SupervisionForm(supervisor.getId(), SupervisionFocus.PERSONAL,
                CheckInRhythm.EVERY_SIX_WEEKS));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PortalTime.ZONE).withSecond(0).withNano(0);
    }

    @Test
    void the_coordinator_arranges_supervision_and_the_expert_and_the_supervisor_read_it() {
        SupervisionArrangement arranged = arrange();
        assertThat(supervision.forExpert(expert.getId())).satisfies(s -> {
            assertThat(s.shown()).isTrue();
            assertThat(s.mayManage()).isTrue();
            assertThat(s.arrangements()).singleElement().satisfies(a -> {
                assertThat(a.supervisor()).isEqualTo(supervisor.getName());
                assertThat(a.arrangement().getFocus()).isEqualTo(SupervisionFocus.PERSONAL);
            });
        });

        SignedIn.as(expertAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThat(supervision.forExpert(expert.getId()).arrangements()).extracting(a -> a.arrangement().getId())
                .containsExactly(arranged.getId());
        assertThat(supervision.forExpert(expert.getId()).mayManage()).isFalse();

        SignedIn.as(supervisorAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThat(supervision.forExpert(expert.getId()).arrangements()).hasSize(1);
        assertThatThrownBy(() -> supervision.end(arranged.getId(), arranged.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_experts_mentor_does_not_see_supervision_and_an_unrelated_mentor_finds_no_expert() {
        arrange();
        UserAccount mentorAccount = account(Role.MENTOR);
        RegisteredPerson mentor = fixture.supporter(mentorAccount.id(), true, false, true, "Team", 2,
                Seniority.SENIOR, Set.of());
        fixture.active(expert, mentor, SupportKind.MENTOR, LocalDate.of(2026, 2, 1));
        SignedIn.as(mentorAccount.email(), Role.MENTOR);
        assertThat(supervision.forExpert(expert.getId()).shown()).isFalse();
        assertThat(supervision.forExpert(expert.getId()).arrangements()).isEmpty();

        UserAccount unrelated = account(Role.MENTOR);
        fixture.supporter(unrelated.id(), true, false, true, "Team", 2, Seniority.SENIOR, Set.of());
        SignedIn.as(unrelated.email(), Role.MENTOR);
        assertThatThrownBy(() -> supervision.forExpert(expert.getId())).isInstanceOf(InvalidInput.class);

        SignedIn.as(account(Role.MEDEWERKER).email(), Role.MEDEWERKER);
        assertThatThrownBy(() -> supervision.forExpert(expert.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_supervisor_is_someone_else_who_gives_supervision_and_not_twice_for_the_same_expert() {
        RegisteredPerson notASupervisor = fixture.supporter(null, true, false, true, "Team", 1, Seniority.SENIOR,
                Set.of());
        assertThatThrownBy(() -> supervision.arrange(expert.getId(), new SupervisionForm(notASupervisor.getId(),
                SupervisionFocus.CONTENT, CheckInRhythm.MONTHLY))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.supervision.error.supervisor");
        assertThatThrownBy(() -> supervision.arrange(expert.getId(), new SupervisionForm(expert.getId(),
                SupervisionFocus.CONTENT, CheckInRhythm.MONTHLY))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.supervision.error.self");
        arrange();
        assertThatThrownBy(this::arrange).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.supervision.error.exists");

        SignedIn.as(expertAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThatThrownBy(() -> supervision.arrange(expert.getId(), new SupervisionForm(supervisor(null, false)
                .getId(), SupervisionFocus.BOTH, CheckInRhythm.MONTHLY))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void planning_the_next_session_invites_expert_and_supervisor_and_moving_it_keeps_its_calendar_entry() {
        SupervisionArrangement arranged = arrange();
        SupervisionArrangement planned = supervision.planSession(arranged.getId(), arranged.getVersion(),
                new SupervisionSessionForm(now().plusDays(3), 60, "Kamer 3"));
        SupervisionSessionPlanned first = events.stream(SupervisionSessionPlanned.class).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(first.invitees()).extracting(Invitee::userId)
                .containsExactlyInAnyOrder(expertAccount.id(), supervisorAccount.id());
        assertThat(first.expertName()).isEqualTo(expert.getName());
        assertThat(first.supervisorName()).isEqualTo(supervisor.getName());
        assertThat(first.organizer().email()).isEqualTo(coordinator.email());

        SupervisionArrangement moved = supervision.planSession(planned.getId(), planned.getVersion(),
                new SupervisionSessionForm(now().plusDays(4), 45, "Kamer 4"));
        SupervisionSessionPlanned second = events.stream(SupervisionSessionPlanned.class).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(second.sessionNumber()).isEqualTo(first.sessionNumber());
        assertThat(second.sequence()).isGreaterThan(first.sequence());

        clock.advance(Duration.ofDays(5));
        supervision.planSession(moved.getId(), moved.getVersion(),
                new SupervisionSessionForm(now().plusDays(30), 60, "Kamer 3"));
        SupervisionSessionPlanned next = events.stream(SupervisionSessionPlanned.class).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(next.sessionNumber()).isEqualTo(first.sessionNumber() + 1);
    }

    @Test
    void a_session_lies_ahead_and_an_ended_arrangement_plans_nothing_more() {
        SupervisionArrangement arranged = arrange();
        assertThatThrownBy(() -> supervision.planSession(arranged.getId(), arranged.getVersion(),
                new SupervisionSessionForm(now().minusHours(1), 60, ""))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.supervision.error.starts");
        SupervisionArrangement ended = supervision.end(arranged.getId(), arranged.getVersion());
        assertThat(supervision.forExpert(expert.getId()).arrangements()).isEmpty();
        assertThatThrownBy(() -> supervision.planSession(ended.getId(), ended.getVersion(),
                new SupervisionSessionForm(now().plusDays(1), 60, ""))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.supervision.error.ended");
        assertThat(arrange().getId()).as("a new arrangement with the same supervisor may follow")
                .isNotEqualTo(ended.getId());
    }
}
