package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.MentoringOverviewService.ExpertRow;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class MentoringOverviewServiceTest {

    @Autowired
    MentoringOverviewService overviews;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    MentorshipRepository mentorships;
    @Autowired
    CheckInRepository checkIns;
    @Autowired
    IntervisionGroupRepository groups;
    @Autowired
    SupervisionArrangementRepository supervision;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount coordinator;
    LocalDate today;
    String team;

    @BeforeEach
    void coordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        TestAccounts.signInAs(coordinator);
        today = time.today();
        team = "Team " + UUID.randomUUID();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    RegisteredPerson expert(String team) {
        return fixture.expert(null, team, today.minusMonths(3), Set.of());
    }

    RegisteredPerson supporter(Long userId, int capacity) {
        return fixture.supporter(userId, true, true, true, "", capacity, Seniority.EXPERIENCED, Set.of());
    }

    Mentorship proposed(RegisteredPerson expert, RegisteredPerson supporter, SupportKind kind) {
        return mentorships.save(new Mentorship(expert.getId(), supporter.getId(), kind, Instant.now(),
                coordinator.id()));
    }

    void checkIn(Mentorship mentorship, LocalDate heldOn) {
        checkIns.save(new CheckIn(mentorship.getId(), heldOn, CheckInForm.IN_PERSON, coordinator.id()));
    }

    ExpertRow row(RegisteredPerson expert) {
        return overviews.coordinatorOverview().experts().stream().filter(e -> e.id() == expert.getId()).findFirst()
                .orElseThrow();
    }

    UserAccount account(Role role) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser("h1-" + UUID.randomUUID() + "@test.nl",
                "Persoon " + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(role), "een lang wachtwoord"));
        TestAccounts.signInAs(coordinator);
        return account;
    }

    @Test
    void an_expert_without_anyone_arranged_alone_in_their_team_gets_every_warning_but_the_check_in() {
        RegisteredPerson alone = expert(team);

        ExpertRow row = row(alone);
        assertThat(row.warnings()).containsExactlyInAnyOrder(ExpertWarning.NO_MENTOR, ExpertWarning.NO_BUDDY,
                ExpertWarning.ONLY_EXPERT_IN_TEAM);
        assertThat(row.mentor()).isNull();
        assertThat(row.nextCheckInDue()).as("no mentor, no check-ins due").isNull();
    }

    @Test
    void a_second_expert_in_the_team_written_differently_ends_the_only_expert_warning() {
        RegisteredPerson first = expert(team);
        RegisteredPerson second = expert(" " + team.toUpperCase() + " ");

        assertThat(row(first).warnings()).doesNotContain(ExpertWarning.ONLY_EXPERT_IN_TEAM);
        assertThat(row(second).warnings()).doesNotContain(ExpertWarning.ONLY_EXPERT_IN_TEAM);
    }

    @Test
    void a_proposed_mentor_or_buddy_shows_as_being_arranged_instead_of_a_warning() {
        RegisteredPerson expert = expert(team);
        RegisteredPerson mentor = supporter(null, 3);
        RegisteredPerson buddy = supporter(null, 3);
        proposed(expert, mentor, SupportKind.MENTOR);
        fixture.active(expert, buddy, SupportKind.BUDDY, today);

        ExpertRow row = row(expert);
        assertThat(row.mentor()).isEqualTo(new MentoringOverviewService.Support(mentor.getName(), true));
        assertThat(row.buddy()).isEqualTo(new MentoringOverviewService.Support(buddy.getName(), false));
        assertThat(row.warnings()).doesNotContain(ExpertWarning.NO_MENTOR, ExpertWarning.NO_BUDDY);
        assertThat(row.lastCheckIn()).isNull();
    }

    @Test
    void the_next_check_in_is_a_rhythm_after_the_last_one_or_the_start_and_late_once_that_day_has_passed() {
        RegisteredPerson expert = expert(team);
        Mentorship mentorship = fixture.active(expert, supporter(null, 3), SupportKind.MENTOR, today.minusDays(20));
        assertThat(row(expert).nextCheckInDue()).as("monthly after the start").isEqualTo(today.minusDays(20)
                .plusMonths(1));
        assertThat(row(expert).warnings()).doesNotContain(ExpertWarning.CHECK_IN_OVERDUE);

        checkIn(mentorship, today.minusDays(45));
        assertThat(row(expert).lastCheckIn()).isEqualTo(today.minusDays(45));
        assertThat(row(expert).nextCheckInDue()).as("a check-in before the start does not count")
                .isEqualTo(today.minusDays(20).plusMonths(1));

        checkIn(mentorship, today.minusDays(10));
        ExpertRow row = row(expert);
        assertThat(row.lastCheckIn()).isEqualTo(today.minusDays(10));
        assertThat(row.nextCheckInDue()).isEqualTo(today.minusDays(10).plusMonths(1));

        clock.advance(java.time.Duration.ofDays(40));
        assertThat(row(expert).warnings()).contains(ExpertWarning.CHECK_IN_OVERDUE);
        assertThat(CheckInSchedule.due(CheckInRhythm.EVERY_TWO_WEEKS, today, null))
                .isEqualTo(today.plusWeeks(2));
    }

    @Test
    void onboarding_progress_counts_done_and_not_applicable_tasks_of_all_tasks() {
        RegisteredPerson expert = expert(team);
        for (String status : List.of("DONE", "NOT_APPLICABLE", "OPEN", "OPEN")) {
            jdbc.update("insert into mentoring_onboarding_task (person_id, position, title, description, source, owner,"
                    + " status, version, created_at, created_by, modified_at, modified_by) values (?, 1, 'Taak', '',"
                    + " '', 'COORDINATOR', ?, 0, ?, 'test', ?, 'test')", expert.getId(), status,
                    java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()));
        }
        ExpertRow row = row(expert);
        assertThat(row.onboardingSettled()).isEqualTo(2);
        assertThat(row.onboardingTotal()).isEqualTo(4);
    }

    @Test
    void the_supporters_show_their_load_and_intervision_groups_outside_four_to_eight_are_named() {
        RegisteredPerson mentor = supporter(null, 2);
        fixture.active(expert(team), mentor, SupportKind.MENTOR, today);
        fixture.active(expert(team), mentor, SupportKind.BUDDY, today);
        proposed(expert(team), mentor, SupportKind.MENTOR);
        IntervisionGroup small = groups.save(new IntervisionGroup("Klein " + UUID.randomUUID()));
        IntervisionGroup fine = groups.save(new IntervisionGroup("Goed " + UUID.randomUUID()));
        members(small, 3);
        members(fine, 5);

        var overview = overviews.coordinatorOverview();
        var load = overview.supporters().stream().filter(s -> s.id() == mentor.getId()).findFirst().orElseThrow();
        assertThat(load.active()).as("a proposal is no load yet").isEqualTo(2);
        assertThat(load.full()).isTrue();
        assertThat(overview.groupsOff()).extracting(MentoringOverviewService.GroupWarning::name)
                .contains(small.getName()).doesNotContain(fine.getName());
        assertThat(overview.groupsOff()).filteredOn(g -> g.id() == small.getId())
                .extracting(MentoringOverviewService.GroupWarning::members).containsExactly(3);
    }

    void members(IntervisionGroup group, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into mentoring_intervision_member (group_id, person_id) values (?, ?)", group.getId(),
                    expert(team).getId());
        }
    }

    @Test
    void a_mentor_sees_the_experts_they_support_and_the_proposals_waiting_for_them_and_an_expert_their_page() {
        UserAccount mentorAccount = account(Role.MENTOR);
        UserAccount expertAccount = account(Role.ERVARINGSDESKUNDIGE);
        RegisteredPerson mentor = supporter(mentorAccount.id(), 3);
        RegisteredPerson supported = fixture.expert(expertAccount.id(), team, today, Set.of());
        RegisteredPerson asked = expert(team);
        RegisteredPerson left = expert(team);
        Mentorship running = fixture.active(supported, mentor, SupportKind.MENTOR, today.minusMonths(2));
        checkIn(running, today.minusMonths(2));
        proposed(asked, mentor, SupportKind.BUDDY);
        supervision.save(new SupervisionArrangement(left.getId(), mentor.getId(), SupervisionFocus.CONTENT,
                CheckInRhythm.MONTHLY));
        supervision.save(new SupervisionArrangement(asked.getId(), mentor.getId(), SupervisionFocus.PERSONAL,
                CheckInRhythm.MONTHLY));
        fixture.active(left, mentor, SupportKind.BUDDY, today);
        jdbc.update("update mentoring_person set left_on = ? where id = ?", Date.valueOf(today), left.getId());

        TestAccounts.signInAs(mentorAccount);
        var mine = overviews.myOverview();
        assertThat(mine.registered()).isTrue();
        assertThat(mine.ownPage()).as("this mentor is an expert too").contains(mentor.getId());
        assertThat(mine.supported()).extracting(MentoringOverviewService.Mentee::personId)
                .containsExactly(supported.getId());
        assertThat(mine.supported().getFirst().overdue()).isTrue();
        assertThat(mine.proposals()).extracting(MentoringOverviewService.Mentee::personId)
                .containsExactly(asked.getId());
        assertThat(mine.supervised()).as("not who left").extracting(MentoringOverviewService.Mentee::personId)
                .containsExactly(asked.getId());
        assertThatThrownBy(() -> overviews.coordinatorOverview()).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs(expertAccount);
        mine = overviews.myOverview();
        assertThat(mine.ownPage()).contains(supported.getId());
        assertThat(mine.supported()).isEmpty();

        TestAccounts.signInAs(account(Role.ERVARINGSDESKUNDIGE));
        assertThat(overviews.myOverview().registered()).as("not in the register yet").isFalse();
    }

    @Test
    void the_coordinators_overview_takes_the_same_statements_for_ten_and_for_five_hundred_experts() {
        String marker = "h1-many-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            manyExperts(marker, 10);
            List<String> ten = StatementCounter.statementsOf(() -> overviews.coordinatorOverview());
            manyExperts(marker, 490);
            List<String> fiveHundred = StatementCounter.statementsOf(() -> overviews.coordinatorOverview());
            assertThat(overviews.coordinatorOverview().experts().stream().filter(e -> e.team().equals(marker)))
                    .hasSize(500);
            // the signed-in person; the experts, their mentors and buddies, the last check-ins, the onboarding counts,
            // the supporters with their load, the intervision groups
            assertThat(ten).hasSize(7);
            assertThat(fiveHundred).hasSize(ten.size());
        } finally {
            String people = "select id from mentoring_person where team = '" + marker + "'";
            jdbc.update("delete from mentoring_check_in where mentorship_id in (select id from mentoring_mentorship"
                    + " where expert_id in (" + people + "))");
            jdbc.update("delete from mentoring_mentorship where expert_id in (" + people + ")");
            jdbc.update("delete from mentoring_onboarding_task where person_id in (" + people + ")");
            jdbc.update("delete from mentoring_person where team = ?", marker);
        }
    }

    /** Experts with a mentor, a check-in and an onboarding task each, in team {@code marker}, in a few statements. */
    void manyExperts(String marker, int count) {
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        Date started = Date.valueOf(today.minusMonths(2));
        RegisteredPerson mentor = fixture.supporter(null, true, true, false, marker, 20, null, Set.of());
        jdbc.batchUpdate("insert into mentoring_person (name, expert, offers_mentoring, offers_buddy, supervisor,"
                + " start_date, team, themes, capacity, available, availability_note, version, created_at, created_by,"
                + " modified_at, modified_by) values (?, true, false, false, false, ?, ?, '', 0, true, '', 0, ?,"
                + " 'test', ?, 'test')", java.util.stream.IntStream.range(0, count).mapToObj(n -> new Object[] {
                        marker + " " + UUID.randomUUID(), started, marker, now, now}).toList());
        String newExperts = "from mentoring_person p where p.team = '" + marker + "' and p.expert = true"
                + " and not exists (select 1 from mentoring_mentorship m where m.expert_id = p.id)";
        jdbc.update("insert into mentoring_onboarding_task (person_id, position, title, description, source, owner,"
                + " status, version, created_at, created_by, modified_at, modified_by) select p.id, 1, 'Taak', '', '',"
                + " 'COORDINATOR', 'OPEN', 0, ?, 'test', ?, 'test' " + newExperts, now, now);
        jdbc.update("insert into mentoring_mentorship (expert_id, supporter_id, kind, status, proposed_at,"
                + " suggestion_reasons, override_reason, decline_reason, started_on, end_reason, rhythm, version,"
                + " created_at, created_by, modified_at, modified_by) select p.id, ?, 'MENTOR', 'ACTIVE', ?, '', '',"
                + " '', ?, '', 'MONTHLY', 0, ?, 'test', ?, 'test' " + newExperts,
                mentor.getId(), now, started, now, now);
        jdbc.update("insert into mentoring_check_in (mentorship_id, held_on, form, topics, goal, agreed_actions, notes,"
                + " logged_by_id, version, created_at, created_by, modified_at, modified_by) select m.id, ?, 'PHONE',"
                + " '', '', '', '', ?, 0, ?, 'test', ?, 'test' from mentoring_mentorship m where m.supporter_id = ?"
                + " and not exists (select 1 from mentoring_check_in c where c.mentorship_id = m.id)",
                Date.valueOf(today.minusMonths(1)), coordinator.id(), now, now, mentor.getId());
    }
}
