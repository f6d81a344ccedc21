package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.notification.NotificationService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Intervision groups, their size, who may plan and record, invitations and attendance (issue 13, item 6). */
@DatabaseTest
@RecordApplicationEvents
class IntervisionServiceTest {

    @Autowired
    IntervisionService intervision;
    @Autowired
    IntervisionTasks tasks;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    RegisteredPersonRepository people;
    @Autowired
    UserService users;
    @Autowired
    NotificationService notifications;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    UserAccount coordinator;

    @BeforeEach
    void coordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = account(Role.COORDINATOR);
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

    private void asCoordinator() {
        SignedIn.as(coordinator.email(), Role.COORDINATOR);
    }

    private RegisteredPerson expert(UserAccount account) {
        return fixture.expert(account == null ? null : account.id(), "Team Noord", LocalDate.of(2026, 1, 1),
                Set.of());
    }

    private RegisteredPerson facilitator(UserAccount account) {
        return fixture.supporter(account.id(), true, false, true, "Team Zuid", 3, Seniority.SENIOR, Set.of());
    }

    private Set<Long> experts(int count) {
        return IntStream.range(0, count).mapToObj(i -> expert(null).getId()).collect(Collectors.toSet());
    }

    private IntervisionGroup group(Long facilitatorId, Set<Long> members) {
        asCoordinator();
        return intervision.createGroup(new IntervisionGroupForm("Groep " + UUID.randomUUID(), facilitatorId,
                "Incidentmethode", "maandelijks, afwisselend met het werkoverleg", members));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PortalTime.ZONE);
    }

    private IntervisionSessionForm nextWeek(String theme) {
        return new IntervisionSessionForm(now().plusDays(7).withSecond(0).withNano(0), 90, "Stadhuis", theme);
    }

    @Test
    void a_group_below_four_or_above_eight_members_is_marked_and_the_coordinator_gets_a_task_to_fix_it() {
        IntervisionGroup small = group(null, experts(3));
        IntervisionGroup fine = group(null, experts(5));
        IntervisionGroup large = group(null, experts(9));

        List<IntervisionService.GroupSummary> listed = intervision.groups();
        assertThat(listed).filteredOn(g -> g.id() == small.getId()).singleElement()
                .satisfies(g -> assertThat(g.members()).isEqualTo(3)).satisfies(g -> assertThat(g.sizeIsOff()).isTrue());
        assertThat(listed).filteredOn(g -> g.id() == fine.getId()).singleElement()
                .satisfies(g -> assertThat(g.sizeIsOff()).isFalse());
        assertThat(listed).filteredOn(g -> g.id() == large.getId()).singleElement()
                .satisfies(g -> assertThat(g.members()).isEqualTo(9));

        List<String> links = tasks.mine().stream().map(PersonalTask::link).toList();
        assertThat(links).contains("begeleiding/intervisie/" + small.getId() + "#leden",
                "begeleiding/intervisie/" + large.getId() + "#leden")
                .doesNotContain("begeleiding/intervisie/" + fine.getId() + "#leden");
        assertThat(tasks.mine()).filteredOn(t -> t.link().startsWith("begeleiding/intervisie/" + small.getId() + "#"))
                .singleElement().satisfies(t -> assertThat(t.params()).containsExactly(small.getName(), 3));
    }

    @Test
    void members_are_experts_from_the_register_and_the_facilitator_is_not_one_of_them() {
        RegisteredPerson notAnExpert = fixture.supporter(null, true, false, false, "Team", 2, Seniority.SENIOR,
                Set.of());
        assertThatThrownBy(() -> group(null, Set.of(notAnExpert.getId()))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.members");
        assertThatThrownBy(() -> group(null, Set.of(-5L))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.members");
        RegisteredPerson both = expert(null);
        assertThatThrownBy(() -> group(both.getId(), Set.of(both.getId()))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.facilitator_member");
        assertThat(group(null, Set.of()).getMemberIds()).as("members can follow later").isEmpty();
    }

    @Test
    void only_the_coordinator_makes_changes_and_ends_groups() {
        UserAccount leader = account(Role.MENTOR);
        IntervisionGroup group = group(facilitator(leader).getId(), experts(4));

        SignedIn.as(leader.email(), Role.MENTOR);
        assertThatThrownBy(() -> intervision.createGroup(new IntervisionGroupForm("Eigen groep", null, "", "",
                Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intervision.endGroup(group.getId(), group.getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        asCoordinator();
        IntervisionGroup ended = intervision.endGroup(group.getId(), group.getVersion());
        assertThat(ended.getEndedOn()).isNotNull();
        assertThat(intervision.groups()).noneMatch(g -> g.id() == group.getId());
        assertThatThrownBy(() -> intervision.planSession(group.getId(), nextWeek("")))
                .isInstanceOf(InvalidInput.class).hasMessage("mentoring.intervision.error.ended");
    }

    @Test
    void the_facilitator_plans_sessions_members_only_read_and_anyone_else_finds_no_group() {
        UserAccount leader = account(Role.MENTOR);
        UserAccount memberAccount = account(Role.ERVARINGSDESKUNDIGE);
        UserAccount outsiderAccount = account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson member = expert(memberAccount);
        expert(outsiderAccount);
        Set<Long> members = new HashSet<>(experts(3));
        members.add(member.getId());
        IntervisionGroup group = group(facilitator(leader).getId(), members);

        SignedIn.as(leader.email(), Role.MENTOR);
        IntervisionSession session = intervision.planSession(group.getId(), nextWeek("Grenzen bewaken"));
        assertThat(intervision.groups()).extracting(IntervisionService.GroupSummary::id).containsExactly(group.getId());
        assertThat(intervision.group(group.getId()).mayPlan()).isTrue();

        SignedIn.as(memberAccount.email(), Role.ERVARINGSDESKUNDIGE);
        IntervisionService.GroupPage seen = intervision.group(group.getId());
        assertThat(seen.mayPlan()).isFalse();
        assertThat(seen.mayManage()).isFalse();
        assertThat(seen.sessions()).extracting(IntervisionSession::getTheme).containsExactly("Grenzen bewaken");
        assertThat(seen.members()).hasSize(4);
        assertThatThrownBy(() -> intervision.planSession(group.getId(), nextWeek("")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intervision.recordAttendance(session.getId(), session.getVersion(), Set.of()))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(outsiderAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThatThrownBy(() -> intervision.group(group.getId())).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.notfound");
        assertThat(intervision.groups()).isEmpty();

        SignedIn.as(account(Role.HR_ADVISEUR).email(), Role.HR_ADVISEUR);
        assertThatThrownBy(() -> intervision.groups()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invitations_go_to_members_and_facilitator_who_can_be_reached_and_a_resend_after_a_change_replaces_them() {
        UserAccount leader = account(Role.MENTOR);
        UserAccount memberAccount = account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson withAccount = expert(memberAccount);
        RegisteredPerson withAddress = expert(null);
        withAddress.setEmail("bas-" + UUID.randomUUID() + "@example.nl");
        people.save(withAddress);
        RegisteredPerson unreachable = expert(null);
        RegisteredPerson leaderEntry = facilitator(leader);
        IntervisionGroup group = group(leaderEntry.getId(), Set.of(withAccount.getId(), withAddress.getId(),
                unreachable.getId(), expert(null).getId()));

        SignedIn.as(leader.email(), Role.MENTOR);
        IntervisionSession session = intervision.planSession(group.getId(), nextWeek("Afstand en nabijheid"));
        IntervisionSession sent = intervision.sendInvitations(session.getId(), session.getVersion());

        assertThat(sent.getInvitationsSentAt()).isNotNull();
        IntervisionInvitationsSent first = events.stream(IntervisionInvitationsSent.class).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(first.sessionId()).isEqualTo(session.getId());
        assertThat(first.theme()).isEqualTo("Afstand en nabijheid");
        assertThat(first.organizer().email()).isEqualTo(leader.email());
        assertThat(first.invitees()).extracting(Invitee::name).containsExactlyInAnyOrder(withAccount.getName(),
                withAddress.getName(), leaderEntry.getName());

        IntervisionSession moved = intervision.updateSession(sent.getId(), sent.getVersion(),
                new IntervisionSessionForm(session.getStartsAt().plusDays(1), 120, "Bibliotheek", "Afstand en nabijheid"));
        intervision.sendInvitations(moved.getId(), moved.getVersion());
        IntervisionInvitationsSent again = events.stream(IntervisionInvitationsSent.class).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(again.sessionId()).isEqualTo(first.sessionId());
        assertThat(again.sequence()).isGreaterThan(first.sequence());
        assertThat(again.location()).isEqualTo("Bibliotheek");

        SignedIn.as(memberAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThat(notifications.mine(Pageable.ofSize(10))).filteredOn(n -> n.getLink()
                .equals("begeleiding/intervisie/" + group.getId())).hasSize(2);
    }

    @Test
    void attendance_is_recorded_after_the_session_began_for_members_only_and_ends_the_facilitators_task() {
        UserAccount leader = account(Role.MENTOR);
        Set<Long> members = experts(4);
        IntervisionGroup group = group(facilitator(leader).getId(), members);
        SignedIn.as(leader.email(), Role.MENTOR);
        IntervisionSession session = intervision.planSession(group.getId(), nextWeek(""));

        assertThatThrownBy(() -> intervision.recordAttendance(session.getId(), session.getVersion(), members))
                .isInstanceOf(InvalidInput.class).hasMessage("mentoring.intervision.error.attendance_early");
        assertThat(tasks.mine()).noneMatch(t -> t.link().contains("#sessie-" + session.getId()));

        clock.advance(Duration.ofDays(8));
        assertThat(tasks.mine()).filteredOn(t -> t.link().equals("begeleiding/intervisie/" + group.getId()
                + "#sessie-" + session.getId())).singleElement()
                .satisfies(t -> assertThat(t.params()).containsExactly(group.getName()));
        assertThatThrownBy(() -> intervision.sendInvitations(session.getId(), session.getVersion()))
                .isInstanceOf(InvalidInput.class).hasMessage("mentoring.intervision.error.invite_past");
        assertThatThrownBy(() -> intervision.recordAttendance(session.getId(), session.getVersion(),
                Set.of(expert(null).getId()))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.not_member");

        Long absent = members.iterator().next();
        Set<Long> present = new HashSet<>(members);
        present.remove(absent);
        IntervisionSession recorded = intervision.recordAttendance(session.getId(), session.getVersion(), present);
        assertThat(recorded.getPresentIds()).containsExactlyInAnyOrderElementsOf(present);
        assertThat(tasks.mine()).noneMatch(t -> t.link().contains("#sessie-" + session.getId()));
        assertThatThrownBy(() -> intervision.recordAttendance(session.getId(), session.getVersion(), Set.of()))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void an_experts_page_lists_their_groups_with_the_next_session() {
        UserAccount memberAccount = account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson member = expert(memberAccount);
        Set<Long> members = new HashSet<>(experts(3));
        members.add(member.getId());
        IntervisionGroup group = group(null, members);
        IntervisionSession later = intervision.planSession(group.getId(), nextWeek("Later"));
        intervision.planSession(group.getId(), new IntervisionSessionForm(now().plusDays(2).withNano(0), 60, "",
                "Eerst"));

        SignedIn.as(memberAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThat(intervision.memberships(member.getId())).singleElement().satisfies(m -> {
            assertThat(m.groupId()).isEqualTo(group.getId());
            assertThat(m.schedule()).isEqualTo("maandelijks, afwisselend met het werkoverleg");
            assertThat(m.nextSession()).get().extracting(IntervisionSession::getTheme).isEqualTo("Eerst");
        });
        assertThat(later.getTheme()).isEqualTo("Later");
        asCoordinator();
        assertThat(intervision.memberships(expert(null).getId())).isEmpty();
    }

    @Test
    void sessions_refuse_dates_outside_the_window_and_lengths_outside_a_quarter_to_eight_hours() {
        IntervisionGroup group = group(null, experts(4));
        assertThatThrownBy(() -> intervision.planSession(group.getId(), new IntervisionSessionForm(
                LocalDateTime.of(1900, 1, 1, 10, 0), 60, "", ""))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.date");
        assertThatThrownBy(() -> intervision.planSession(group.getId(), new IntervisionSessionForm(
                now().plusDays(1), 5, "", ""))).isInstanceOf(InvalidInput.class)
                .hasMessage("mentoring.intervision.error.duration");
        assertThatThrownBy(() -> intervision.planSession(group.getId(), new IntervisionSessionForm(null, 60, "",
                ""))).isInstanceOf(InvalidInput.class).hasMessage("mentoring.intervision.error.starts_missing");
        assertThatThrownBy(() -> intervision.planSession(group.getId(), new IntervisionSessionForm(
                now().plusDays(1), 60, "x".repeat(IntervisionSession.LOCATION_MAX + 1), "")))
                .isInstanceOf(InvalidInput.class).hasMessage("mentoring.intervision.error.location");
    }

    @Test
    void the_list_of_groups_costs_the_same_few_statements_however_many_groups_there_are() {
        group(null, experts(4));
        int few = StatementCounter.statementsOf(() -> intervision.groups()).size();
        for (int i = 0; i < 5; i++) {
            group(null, experts(2));
        }
        assertThat(StatementCounter.statementsOf(() -> intervision.groups())).hasSize(few);
        assertThat(few).isLessThanOrEqualTo(5);
    }
}
