package nl.kwartiermaker.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.DateWindow;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class TrajectServiceTest {

    @Autowired
    TrajectService trajecten;
    @Autowired
    ChecklistService checklist;
    @Autowired
    TrajectActivityService activities;
    @Autowired
    TrajectAccess access;
    @Autowired
    UserService users;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    TrajectRepository trajectRepository;
    @Autowired
    ChecklistItemRepository itemRepository;
    @Autowired
    PortalTime time;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StageChangeRepository stageChanges;
    @Autowired
    TrajectActivityRepository activityRepository;

    UserAccount lead;
    UserAccount member;
    UserAccount outsider;
    UserAccount hr;

    @BeforeEach
    void accounts() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        lead = TestAccounts.withRole(users, Role.PROJECTLEIDER);
        member = TestAccounts.withRole(users, Role.MEDEWERKER);
        outsider = TestAccounts.withRole(users, Role.MENTOR);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        TestAccounts.signInAs(lead);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    TrajectForm form(String name, boolean visibleToAll) {
        return new TrajectForm(name, "Team Zuid", StartingPoint.VERANDERING, "Nieuwe wet", EnumSet.of(Domain.BELEID),
                EnumSet.of(ExpertRole.ONDERZOEKER), lead.id(), time.today(), true, "Team Zuid", 3, "Anna Jansen",
                "Eef", visibleToAll, Set.of(member.id()));
    }

    Traject newTraject(boolean visibleToAll) {
        return trajecten.create(form("Traject " + UUID.randomUUID(), visibleToAll));
    }

    @Test
    void visible_traject_names_follow_the_same_rules_as_the_list() {
        Traject closed = newTraject(false);
        Traject open = newTraject(true);
        assertThat(trajecten.visibleTrajectNames()).containsKeys(closed.getId(), open.getId());
        TestAccounts.signInAs(member);
        assertThat(trajecten.visibleTrajectNames()).containsKeys(closed.getId(), open.getId());
        TestAccounts.signInAs(outsider);
        assertThat(trajecten.visibleTrajectNames()).containsKey(open.getId()).doesNotContainKey(closed.getId());
        assertThat(trajecten.visibleTrajectNames().keySet()).containsExactlyElementsOf(trajecten.list(
                TrajectService.Filter.active()).stream().map(TrajectSummary::id).toList());
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(trajecten.visibleTrajectNames()).containsKeys(closed.getId(), open.getId());
    }

    @Test
    void a_new_traject_starts_in_verkenning_with_every_item_of_the_latest_template() {
        Traject traject = newTraject(false);
        TrajectView view = trajecten.view(traject.getId());
        assertThat(traject.getStage()).isEqualTo(Stage.VERKENNING);
        assertThat(traject.getTemplateVersion()).isEqualTo(templates.latest().version());
        assertThat(view.items()).hasSize(templates.latest().items().size())
                .allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(ItemStatus.OPEN));
        assertThat(view.items()).extracting(ChecklistItem::getStage).containsAll(Stage.WITH_CHECKLIST);
        assertThat(view.items()).allSatisfy(i -> assertThat(i.getTemplateKey()).isNotBlank());
        assertThat(view.overall().percent()).isZero();
    }

    @Test
    void only_project_leads_and_beheerders_create_trajecten() {
        for (UserAccount account : List.of(member, outsider, hr)) {
            TestAccounts.signInAs(account);
            assertThatThrownBy(() -> trajecten.create(form("Niet toegestaan", false)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void staff_outside_a_traject_do_not_see_it_unless_it_is_open_to_all_staff() {
        Traject closed = newTraject(false);
        Traject open = newTraject(true);
        TestAccounts.signInAs(outsider);
        assertThat(trajecten.find(closed.getId())).isEmpty();
        assertThatThrownBy(() -> trajecten.view(closed.getId())).isInstanceOf(InvalidInput.class)
                .hasMessage("traject.error.notfound");
        assertThat(trajecten.find(open.getId())).isPresent();
        assertThat(trajecten.list(TrajectService.Filter.active())).extracting(TrajectSummary::id)
                .contains(open.getId()).doesNotContain(closed.getId());
        TestAccounts.signInAs(member);
        assertThat(trajecten.find(closed.getId())).isPresent();
    }

    @Test
    void the_list_filters_by_stage_lead_overdue_steps_and_archive_and_pages_in_name_order() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a project lead of this run only, so the lead filter shows this test's trajecten and no others
        UserAccount ownLead = users.create(new UserService.NewUser("leider-" + run + "@test.nl", "Leider " + run,
                EnumSet.of(Role.PROJECTLEIDER), "een lang wachtwoord"));
        Traject a = trajecten.create(withLead("A " + run, ownLead));
        Traject b = trajecten.create(withLead("B " + run, ownLead));
        Traject c = trajecten.create(withLead("C " + run, ownLead));
        trajecten.advance(b.getId(), b.getVersion(), true);
        ChecklistItem step = trajecten.view(a.getId()).items().getFirst();
        checklist.updateItem(step.getId(), step.getVersion(), new ItemChange(ItemStatus.OPEN, "", null,
                time.today().minusDays(1), "", List.of()));
        trajecten.archive(c.getId(), c.getVersion(), true);

        assertThat(names(new TrajectService.Filter(null, ownLead.id(), false, false)))
                .containsExactly(a.getName(), b.getName());
        assertThat(names(new TrajectService.Filter(null, ownLead.id(), false, true))).containsExactly(c.getName());
        assertThat(names(new TrajectService.Filter(Stage.GO_NO_GO, ownLead.id(), false, false)))
                .containsExactly(b.getName());
        assertThat(names(new TrajectService.Filter(null, ownLead.id(), true, false))).containsExactly(a.getName());
        TrajectService.Filter theirs = new TrajectService.Filter(null, ownLead.id(), false, false);
        assertThat(trajecten.list(theirs, PageRequest.of(0, 1))).extracting(TrajectSummary::name)
                .containsExactly(a.getName());
        assertThat(trajecten.list(theirs, PageRequest.of(1, 1))).extracting(TrajectSummary::name)
                .containsExactly(b.getName());

        TestAccounts.signInAs(member);
        assertThat(names(theirs)).as("a member of both").containsExactly(a.getName(), b.getName());
        TestAccounts.signInAs(outsider);
        assertThat(names(theirs)).as("closed to others").isEmpty();
    }

    TrajectForm withLead(String name, UserAccount projectLead) {
        return new TrajectForm(name, "Team", StartingPoint.DROOM, "", Set.of(), Set.of(), projectLead.id(),
                time.today(), false, "", null, "", "", false, Set.of(member.id()));
    }

    List<String> names(TrajectService.Filter filter) {
        return trajecten.list(filter).stream().map(TrajectSummary::name).toList();
    }

    @Test
    void a_traject_read_by_id_comes_with_its_members_and_its_page_with_the_whole_plan() {
        Traject traject = newTraject(false);
        // outside any transaction: what the service fetched is all there is
        Traject found = trajecten.find(traject.getId()).orElseThrow();
        assertThat(found.getMembers()).extracting(Membership::userId).containsExactly(member.id());
        TrajectView page = trajecten.view(traject.getId());
        assertThat(page.traject().getDomains()).containsExactly(Domain.BELEID);
        assertThat(page.traject().getExpertRoles()).containsExactly(ExpertRole.ONDERZOEKER);
        assertThat(page.traject().getMembers()).extracting(Membership::userId).containsExactly(member.id());
    }

    @Test
    void a_member_edits_only_items_assigned_to_them_and_cannot_reassign() {
        Traject traject = newTraject(false);
        List<ChecklistItem> items = trajecten.view(traject.getId()).items();
        ChecklistItem assigned = checklist.updateItem(items.get(0).getId(), items.get(0).getVersion(),
                new ItemChange(ItemStatus.OPEN, "", member.id(), null, "", List.of()));
        ChecklistItem other = items.get(1);

        TestAccounts.signInAs(member);
        ChecklistItem done = checklist.updateItem(assigned.getId(), assigned.getVersion(),
                new ItemChange(ItemStatus.GEREED, "", lead.id(), time.today(), "Gedaan",
                        List.of("https://intranet.example.nl/verslag")));
        assertThat(done.getStatus()).isEqualTo(ItemStatus.GEREED);
        assertThat(done.getOwnerId()).as("only the lead reassigns").isEqualTo(member.id());
        assertThat(done.getEvidenceLinks()).containsExactly("https://intranet.example.nl/verslag");
        assertThatThrownBy(() -> checklist.updateItem(other.getId(), other.getVersion(),
                new ItemChange(ItemStatus.GEREED, "", null, null, "", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void not_applicable_needs_a_reason_and_links_must_be_links() {
        Traject traject = newTraject(false);
        ChecklistItem item = trajecten.view(traject.getId()).items().getFirst();
        assertThatThrownBy(() -> checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.NVT, " ", null, null, "", List.of())))
                .hasMessage("traject.error.item.reason");
        assertThatThrownBy(() -> checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.BEZIG, "", null, null, "", List.of("javascript:alert(1)"))))
                .hasMessage("traject.error.item.evidence");
        assertThatThrownBy(() -> checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.BEZIG, "", null, null, "x".repeat(4001), List.of())))
                .hasMessage("traject.error.item.notes");
        ChecklistItem skipped = checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.NVT, "Hebben we al geregeld", null, null, "", List.of()));
        assertThat(skipped.getNotApplicableReason()).isEqualTo("Hebben we al geregeld");
        assertThat(itemRepository.findById(item.getId()).orElseThrow().getStatus()).isEqualTo(ItemStatus.NVT);
    }

    @Test
    void a_second_save_of_the_same_item_or_traject_from_a_stale_version_is_refused() {
        Traject traject = newTraject(false);
        ChecklistItem item = trajecten.view(traject.getId()).items().getFirst();
        checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.BEZIG, "", null, null, "eerste", List.of()));
        assertThatThrownBy(() -> checklist.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.GEREED, "", null, null, "tweede", List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(itemRepository.findById(item.getId()).orElseThrow().getNotes()).isEqualTo("eerste");

        trajecten.update(traject.getId(), traject.getVersion(), form("Nieuwe naam", false));
        assertThatThrownBy(() -> trajecten.update(traject.getId(), traject.getVersion(), form("Andere naam", false)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(trajectRepository.findById(traject.getId()).orElseThrow().getName()).isEqualTo("Nieuwe naam");
    }

    @Test
    void field_limits_are_enforced_with_a_message_key() {
        assertThatThrownBy(() -> trajecten.create(form("x".repeat(151), false))).hasMessage("traject.error.name");
        assertThatThrownBy(() -> trajecten.create(form(" ", false))).hasMessage("traject.error.name");
        TrajectForm noStart = new TrajectForm("Naam", "Unit", null, "", Set.of(), Set.of(), lead.id(), time.today(),
                false, "", null, "", "", false, Set.of());
        assertThatThrownBy(() -> trajecten.create(noStart)).hasMessage("traject.error.startingpoint");
    }

    /** The portal's year, as the service reads it. */
    int thisYear() {
        return time.today().getYear();
    }

    ItemChange due(LocalDate date) {
        return new ItemChange(ItemStatus.BEZIG, "", null, date, "", List.of());
    }

    @Test
    void a_due_date_of_1900_or_9999_is_refused_with_the_years_a_due_date_may_have() {
        Traject traject = newTraject(false);
        ChecklistItem item = trajecten.view(traject.getId()).items().getFirst();
        int year = thisYear();
        for (LocalDate wrong : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(year - 2, 12, 31), LocalDate.of(year + 11, 1, 1))) {
            assertThatThrownBy(() -> checklist.updateItem(item.getId(), item.getVersion(), due(wrong))).as("" + wrong)
                    .isInstanceOf(InvalidInput.class).hasMessage("traject.error.item.due")
                    .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(year - 1, year + 10));
        }
        assertThat(itemRepository.findById(item.getId()).orElseThrow().getDueDate()).isNull();

        ChecklistItem first = checklist.updateItem(item.getId(), item.getVersion(), due(LocalDate.of(year - 1, 1, 1)));
        ChecklistItem last = checklist.updateItem(first.getId(), first.getVersion(), due(LocalDate.of(year + 10, 12,
                31)));
        assertThat(last.getDueDate()).isEqualTo(LocalDate.of(year + 10, 12, 31));
        assertThat(trajecten.view(traject.getId()).dates())
                .isEqualTo(new DateWindow(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 10, 12, 31)));
    }

    @Test
    void the_latest_due_date_moves_on_with_the_portals_clock() {
        Traject traject = newTraject(false);
        ChecklistItem item = trajecten.view(traject.getId()).items().getFirst();
        int later = thisYear() + 5;
        Instant now = clock.instant();
        clock.advance(Duration.between(now, Instant.parse(later + "-06-01T10:00:00Z")));
        try {
            ChecklistItem planned = checklist.updateItem(item.getId(), item.getVersion(),
                    due(LocalDate.of(later + 10, 12, 31)));
            assertThat(planned.getDueDate()).isEqualTo(LocalDate.of(later + 10, 12, 31));
            assertThatThrownBy(() -> checklist.updateItem(planned.getId(), planned.getVersion(),
                    due(LocalDate.of(later + 11, 1, 1)))).hasMessage("traject.error.item.due");
        } finally {
            // back to where it was, so no other test sees the clock five years on
            clock.advance(Duration.between(clock.instant(), now));
        }
    }

    @Test
    void a_traject_that_started_years_ago_accepts_due_dates_from_the_year_before_its_start() {
        int year = thisYear();
        TrajectForm started = new TrajectForm("Lopend " + UUID.randomUUID(), "Team Zuid", StartingPoint.VERANDERING,
                "", Set.of(), Set.of(), lead.id(), LocalDate.of(year - 5, 3, 1), false, "", null, "", "", false,
                Set.of());
        Traject traject = trajecten.create(started);
        ChecklistItem item = trajecten.view(traject.getId()).items().getFirst();
        ChecklistItem early = checklist.updateItem(item.getId(), item.getVersion(), due(LocalDate.of(year - 6, 1, 1)));

        // the start moves to this year: the window shrinks, but the date already saved stays acceptable
        Traject moved = trajecten.update(traject.getId(), traject.getVersion(), new TrajectForm(started.name(),
                started.organisationUnit(), started.startingPoint(), "", Set.of(), Set.of(), lead.id(),
                time.today(), false, "", null, "", "", false, Set.of()));
        ChecklistItem notes = checklist.updateItem(early.getId(), early.getVersion(), new ItemChange(ItemStatus.BEZIG,
                "", null, early.getDueDate(), "Nog steeds", List.of()));
        assertThat(notes.getDueDate()).isEqualTo(LocalDate.of(year - 6, 1, 1));
        assertThatThrownBy(() -> checklist.updateItem(notes.getId(), notes.getVersion(),
                due(LocalDate.of(year - 6, 1, 2)))).hasMessage("traject.error.item.due");
        assertThat(trajecten.view(moved.getId()).dates().firstYear()).isEqualTo(year - 1);
    }

    @Test
    void a_start_date_of_1900_or_9999_is_refused_but_a_start_saved_earlier_is_kept_on_edit() {
        int year = thisYear();
        for (LocalDate wrong : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(year - 11, 12, 31), LocalDate.of(year + 11, 1, 1))) {
            TrajectForm form = new TrajectForm("Naam", "Unit", StartingPoint.DROOM, "", Set.of(), Set.of(), lead.id(),
                    wrong, false, "", null, "", "", false, Set.of());
            assertThatThrownBy(() -> trajecten.create(form)).as("" + wrong).isInstanceOf(InvalidInput.class)
                    .hasMessage("traject.error.startdate.window")
                    .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(year - 10, year + 10));
        }
        Traject traject = newTraject(false);
        // a start stored before this rule existed
        Traject stored = trajectRepository.findById(traject.getId()).orElseThrow();
        TrajectForm old = new TrajectForm(stored.getName(), "Team Zuid", StartingPoint.VERANDERING, "", Set.of(),
                Set.of(), lead.id(), LocalDate.of(1990, 1, 1), false, "", null, "", "", false, Set.of());
        stored.apply(old, Set.of());
        stored = trajectRepository.saveAndFlush(stored);
        Traject renamed = trajecten.update(stored.getId(), stored.getVersion(), new TrajectForm("Nieuwe naam",
                "Team Zuid", StartingPoint.VERANDERING, "", Set.of(), Set.of(), lead.id(), LocalDate.of(1990, 1, 1),
                false, "", null, "", "", false, Set.of()));
        assertThat(renamed.getName()).isEqualTo("Nieuwe naam");
        assertThat(renamed.getStartDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void progress_counts_done_and_not_applicable_and_flags_overdue_and_unassigned_items() {
        Traject traject = newTraject(false);
        List<ChecklistItem> verkenning = trajecten.view(traject.getId()).items().stream()
                .filter(i -> i.getStage() == Stage.VERKENNING).toList();
        checklist.updateItem(verkenning.get(0).getId(), verkenning.get(0).getVersion(),
                new ItemChange(ItemStatus.GEREED, "", lead.id(), null, "", List.of()));
        checklist.updateItem(verkenning.get(1).getId(), verkenning.get(1).getVersion(),
                new ItemChange(ItemStatus.NVT, "Niet nodig", null, null, "", List.of()));
        checklist.updateItem(verkenning.get(2).getId(), verkenning.get(2).getVersion(),
                new ItemChange(ItemStatus.BEZIG, "", member.id(), time.today().minusDays(3), "", List.of()));

        TrajectView view = trajecten.view(traject.getId());
        PhaseProgress progress = view.progress().get(Stage.VERKENNING);
        assertThat(progress.total()).isEqualTo(verkenning.size());
        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.overdue()).isEqualTo(1);
        assertThat(progress.unassigned()).isEqualTo(verkenning.size() - 3);
        assertThat(view.nextSteps().getFirst().getId()).as("the overdue step comes first")
                .isEqualTo(verkenning.get(2).getId());

        TrajectSummary summary = trajecten.list(new TrajectService.Filter(null, null, true, false)).stream()
                .filter(s -> s.id() == traject.getId()).findFirst().orElseThrow();
        assertThat(summary.overall().overdue()).isEqualTo(1);
        assertThat(summary.overall().done()).isEqualTo(2);
        TestAccounts.signInAs(member);
        assertThat(checklist.myOverdueItems()).extracting(ChecklistItem::getId).contains(verkenning.get(2).getId());
    }

    @Test
    void the_stage_moves_on_by_hand_except_into_fase_1_which_needs_a_go() {
        Traject traject = newTraject(false);
        Traject atDecision = trajecten.advance(traject.getId(), traject.getVersion(), true);
        assertThat(atDecision.getStage()).isEqualTo(Stage.GO_NO_GO);
        assertThatThrownBy(() -> trajecten.advance(atDecision.getId(), atDecision.getVersion(), true))
                .hasMessage("traject.error.needs.go");
        trajecten.startFirstPhase(traject.getId());
        Traject inPhase = trajectRepository.findById(traject.getId()).orElseThrow();
        assertThat(inPhase.getStage()).isEqualTo(Stage.FASE_1);
        assertThat(trajecten.view(traject.getId()).nextSteps()).as("the current stage's steps come first")
                .first().satisfies(i -> assertThat(i.getStage()).isEqualTo(Stage.FASE_1));
        TestAccounts.signInAs(member);
        assertThatThrownBy(() -> trajecten.advance(inPhase.getId(), inPhase.getVersion(), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_seeds_warnings_appear_only_once_the_traject_reaches_the_stage_they_are_about() {
        TrajectForm risky = new TrajectForm("Risico " + UUID.randomUUID(), "Team", StartingPoint.DROOM, "", Set.of(),
                Set.of(), lead.id(), time.today(), false, "", 1, "", "", false, Set.of());
        Traject traject = trajecten.create(risky);
        assertThat(trajecten.view(traject.getId()).warnings()).as("a new traject is not told off about fase 1 and 2")
                .isEmpty();
        Traject atDecision = trajecten.advance(traject.getId(), traject.getVersion(), true);
        assertThat(trajecten.view(traject.getId()).warnings()).isEmpty();
        trajecten.startFirstPhase(traject.getId());
        assertThat(trajecten.view(traject.getId()).warnings()).extracting(TrajectWarning::messageKey)
                .containsExactly("traject.warning.no.senior.expert");
        Traject inFase1 = trajectRepository.findById(atDecision.getId()).orElseThrow();
        trajecten.advance(traject.getId(), inFase1.getVersion(), true);
        assertThat(trajecten.view(traject.getId()).warnings()).extracting(TrajectWarning::messageKey)
                .containsExactlyInAnyOrder("traject.warning.single.expert", "traject.warning.no.senior.expert",
                        "traject.warning.no.line.manager");
        Traject planned = newTraject(false);
        trajecten.advance(planned.getId(), planned.getVersion(), true);
        trajecten.startFirstPhase(planned.getId());
        assertThat(trajecten.view(planned.getId()).warnings()).as("a traject whose plan is in order").isEmpty();
    }

    @Test
    void leaving_a_stage_with_open_steps_needs_a_confirmation_and_is_recorded_with_who_when_and_how_many() {
        Traject traject = newTraject(false);
        int verkenning = (int) trajecten.view(traject.getId()).items().stream()
                .filter(i -> i.getStage() == Stage.VERKENNING).count();
        assertThatThrownBy(() -> trajecten.advance(traject.getId(), traject.getVersion(), false))
                .isInstanceOf(InvalidInput.class).hasMessage("traject.error.advance.open")
                .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly((long) verkenning));
        assertThat(trajecten.view(traject.getId()).traject().getStage()).isEqualTo(Stage.VERKENNING);
        assertThat(trajecten.stageHistory(traject.getId())).isEmpty();

        trajecten.advance(traject.getId(), traject.getVersion(), true);
        trajecten.startFirstPhase(traject.getId());

        TrajectView view = trajecten.view(traject.getId());
        assertThat(view.history()).as("newest first").hasSize(2);
        StageChange advanced = view.history().get(1);
        assertThat(advanced.getFromStage()).isEqualTo(Stage.VERKENNING);
        assertThat(advanced.getToStage()).isEqualTo(Stage.GO_NO_GO);
        assertThat(advanced.getOpenSteps()).isEqualTo(verkenning);
        assertThat(advanced.getChangedById()).isEqualTo(lead.id());
        assertThat(advanced.getChangedAt()).isEqualTo(clock.instant());
        assertThat(view.nameOf(advanced.getChangedById())).isEqualTo(lead.displayName());
        StageChange go = view.history().getFirst();
        assertThat(go.getFromStage()).isEqualTo(Stage.GO_NO_GO);
        assertThat(go.getToStage()).isEqualTo(Stage.FASE_1);
        assertThat(go.getOpenSteps()).as("a go over an unfinished verkenning says so").isEqualTo(verkenning);
        TestAccounts.signInAs(member);
        assertThat(trajecten.stageHistory(traject.getId())).as("the members read the history too").hasSize(2);
    }

    @Test
    void a_stage_shows_as_done_only_when_every_step_is_done_or_set_aside_with_a_reason() {
        Traject traject = newTraject(false);
        TrajectView fresh = trajecten.view(traject.getId());
        assertThat(fresh.statusOf(Stage.VERKENNING)).isEqualTo(StageStatus.CURRENT);
        assertThat(fresh.statusOf(Stage.GO_NO_GO)).isEqualTo(StageStatus.LATER);
        assertThat(fresh.progress().get(Stage.VERKENNING).complete()).isFalse();

        trajecten.advance(traject.getId(), traject.getVersion(), true);
        TrajectView leftOpen = trajecten.view(traject.getId());
        assertThat(leftOpen.statusOf(Stage.VERKENNING)).as("left with open steps: not green")
                .isEqualTo(StageStatus.LEFT_OPEN);
        assertThat(leftOpen.openStepsNow()).isEqualTo(leftOpen.progress().get(Stage.VERKENNING).total());

        List<ChecklistItem> steps = leftOpen.items().stream().filter(i -> i.getStage() == Stage.VERKENNING).toList();
        for (ChecklistItem step : steps.subList(0, steps.size() - 1)) {
            checklist.updateItem(step.getId(), step.getVersion(), new ItemChange(ItemStatus.GEREED, "", null, null,
                    "", List.of()));
        }
        assertThat(trajecten.view(traject.getId()).statusOf(Stage.VERKENNING)).isEqualTo(StageStatus.LEFT_OPEN);
        ChecklistItem last = steps.getLast();
        assertThatThrownBy(() -> checklist.updateItem(last.getId(), last.getVersion(), new ItemChange(ItemStatus.NVT,
                "", null, null, "", List.of()))).hasMessage("traject.error.item.reason");
        checklist.updateItem(last.getId(), last.getVersion(), new ItemChange(ItemStatus.NVT, "Geldt niet voor ons",
                null, null, "", List.of()));
        TrajectView done = trajecten.view(traject.getId());
        assertThat(done.statusOf(Stage.VERKENNING)).isEqualTo(StageStatus.DONE);
        assertThat(done.openStepsNow()).isZero();
    }

    @Test
    void a_stage_whose_steps_are_all_done_moves_on_without_confirmation_and_records_none_open() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        Traject traject = trajecten.create(form("Klaar " + UUID.randomUUID(), false));
        for (ChecklistItem step : trajecten.view(traject.getId()).items()) {
            if (step.getStage() == Stage.VERKENNING) {
                checklist.updateItem(step.getId(), step.getVersion(), new ItemChange(ItemStatus.GEREED, "", null,
                        null, "", List.of()));
            }
        }
        trajecten.advance(traject.getId(), traject.getVersion(), false);
        assertThat(trajecten.stageHistory(traject.getId())).singleElement()
                .satisfies(change -> assertThat(change.getOpenSteps()).isZero());
    }

    @Test
    void the_project_lead_plans_edits_and_removes_activities_which_members_only_read() {
        Traject traject = newTraject(false);
        TrajectActivity meeting = activities.addActivity(traject.getId(), new ActivityForm(" Informatiebijeenkomst ",
                time.today().plusWeeks(2), "Zaal 2", ""));
        activities.addActivity(traject.getId(), new ActivityForm("Eerdere bijeenkomst", time.today().minusWeeks(1),
                "", "Terugblik"));
        assertThat(meeting.getTitle()).isEqualTo("Informatiebijeenkomst");
        assertThatThrownBy(() -> activities.addActivity(traject.getId(), new ActivityForm(" ", time.today(), "", "")))
                .hasMessage("traject.error.activity.title");
        assertThatThrownBy(() -> activities.addActivity(traject.getId(), new ActivityForm("Later", null, "", "")))
                .hasMessage("traject.error.activity.date.missing");
        assertThatThrownBy(() -> activities.addActivity(traject.getId(), new ActivityForm("Ver weg",
                LocalDate.of(9999, 1, 1), "", ""))).hasMessage("traject.error.activity.date");

        TrajectActivity moved = activities.updateActivity(meeting.getId(), meeting.getVersion(),
                new ActivityForm("Informatiebijeenkomst", time.today().plusWeeks(3), "Zaal 3", "Met koffie"));
        TrajectView view = trajecten.view(traject.getId());
        assertThat(view.upcomingActivities()).extracting(TrajectActivity::getPlace).containsExactly("Zaal 3");
        assertThat(view.pastActivities()).extracting(TrajectActivity::getTitle).containsExactly("Eerdere bijeenkomst");
        assertThatThrownBy(() -> activities.removeActivity(meeting.getId(), meeting.getVersion()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        TestAccounts.signInAs(member);
        assertThat(trajecten.view(traject.getId()).activities()).hasSize(2);
        assertThatThrownBy(() -> activities.addActivity(traject.getId(), new ActivityForm("Van mij", time.today(), "",
                ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.removeActivity(moved.getId(), moved.getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs(lead);
        activities.removeActivity(moved.getId(), moved.getVersion());
        assertThat(trajecten.view(traject.getId()).upcomingActivities()).isEmpty();
    }

    @Test
    void staff_read_their_traject_in_words_with_its_stage_project_lead_and_coming_activities() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a person of this run only, so the trajecten they are part of are this test's
        UserAccount colleague = users.create(new UserService.NewUser("collega-" + run + "@test.nl", "Collega " + run,
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        TestAccounts.signInAs(lead);
        TrajectForm form = form("Traject " + run, false);
        Traject mine = trajecten.create(new TrajectForm(form.name(), form.organisationUnit(), form.startingPoint(),
                form.startingPointDescription(), form.domains(), form.expertRoles(), form.projectLeadId(),
                form.startDate(), form.startSmall(), form.pilotTeams(), form.plannedExperts(), form.lineManager(),
                form.seniorExpertAdviser(), false, Set.of(colleague.id())));
        Traject closed = trajecten.create(new TrajectForm("Dicht " + UUID.randomUUID(), "Elders",
                StartingPoint.DROOM, "", Set.of(), Set.of(), lead.id(), time.today(), false, "", 2, "L", "S", false,
                Set.of()));
        for (int week = 1; week <= 4; week++) {
            activities.addActivity(mine.getId(), new ActivityForm("Bijeenkomst " + week, time.today().plusWeeks(week),
                    "", ""));
        }
        activities.addActivity(mine.getId(), new ActivityForm("Voorbij", time.today().minusDays(1), "", ""));

        TestAccounts.signInAs(colleague);
        List<TrajectInWords> words = activities.inWords();
        assertThat(words).extracting(TrajectInWords::id).as("their own first").startsWith(mine.getId())
                .doesNotContain(closed.getId());
        assertThat(words).hasSizeLessThanOrEqualTo(TrajectActivityService.IN_WORDS_MAX);
        TrajectInWords first = words.getFirst();
        assertThat(first.name()).isEqualTo(mine.getName());
        assertThat(first.stage()).isEqualTo(Stage.VERKENNING);
        assertThat(first.stageComplete()).isFalse();
        assertThat(first.projectLead()).isEqualTo(lead.displayName());
        assertThat(first.upcoming()).extracting(TrajectActivity::getTitle)
                .containsExactly("Bijeenkomst 1", "Bijeenkomst 2", "Bijeenkomst 3");

        TestAccounts.signInAs(outsider);
        assertThat(activities.inWords()).extracting(TrajectInWords::id).doesNotContain(mine.getId(), closed.getId());
    }

    @Autowired
    StepTasks stepTasks;

    @Test
    void the_open_steps_someone_owns_are_their_tasks_with_a_link_that_opens_the_step() {
        Traject traject = newTraject(false);
        List<ChecklistItem> steps = trajecten.view(traject.getId()).items();
        ChecklistItem late = steps.get(0);
        ChecklistItem later = steps.get(1);
        ChecklistItem done = steps.get(2);
        checklist.updateItem(late.getId(), late.getVersion(), new ItemChange(ItemStatus.BEZIG, "", member.id(),
                time.today().minusDays(3), "", List.of()));
        checklist.updateItem(later.getId(), later.getVersion(), new ItemChange(ItemStatus.OPEN, "", member.id(),
                null, "", List.of()));
        checklist.updateItem(done.getId(), done.getVersion(), new ItemChange(ItemStatus.GEREED, "", member.id(),
                null, "", List.of()));

        TestAccounts.signInAs(member);
        var tasks = stepTasks.mine();
        assertThat(tasks).extracting(nl.kwartiermaker.base.PersonalTask::link).contains(
                "trajecten/" + traject.getId() + "?stap=" + late.getId(),
                "trajecten/" + traject.getId() + "?stap=" + later.getId())
                .as("a step that is done is no task").doesNotContain(
                        "trajecten/" + traject.getId() + "?stap=" + done.getId());
        assertThat(tasks).filteredOn(t -> t.link().endsWith("=" + late.getId())).singleElement()
                .satisfies(t -> {
                    assertThat(t.overdue(time.today())).isTrue();
                    assertThat(t.params()).containsExactly(late.getTitle(), traject.getName());
                });
        TestAccounts.signInAs(lead);
        assertThat(stepTasks.mine()).as("the lead owns none of these steps")
                .noneMatch(t -> t.link().startsWith("trajecten/" + traject.getId() + "?"));
    }

    @Test
    void the_organisation_adds_its_own_items_to_a_stage() {
        Traject traject = newTraject(false);
        ChecklistItem own = checklist.addOwnItem(traject.getId(), Stage.FASE_2, "Cliëntenraad informeren", "");
        assertThat(own.getTemplateKey()).isNull();
        assertThat(trajecten.view(traject.getId()).items()).extracting(ChecklistItem::getTitle)
                .contains("Cliëntenraad informeren");
        assertThatThrownBy(() -> checklist.addOwnItem(traject.getId(), Stage.GO_NO_GO, "X", ""))
                .hasMessage("traject.error.stage");
        TestAccounts.signInAs(member);
        assertThatThrownBy(() -> checklist.addOwnItem(traject.getId(), Stage.FASE_2, "X", ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_newer_template_never_rewrites_a_running_checklist_but_can_be_applied_deliberately() {
        Traject traject = newTraject(false);
        ChecklistItem first = trajecten.view(traject.getId()).items().getFirst();
        checklist.updateItem(first.getId(), first.getVersion(),
                new ItemChange(ItemStatus.GEREED, "", null, null, "klaar", List.of()));

        ChecklistTemplate current = templates.latest();
        ChecklistTemplate.Item added = new ChecklistTemplate.Item(current.version() + 1, Stage.FASE_3, "borgen",
                "Borgen", "fase3.test.nieuw-" + UUID.randomUUID(), "Nieuwe stap", "Uitleg", "de-reis", "001");
        List<ChecklistTemplate.Item> nextItems = new java.util.ArrayList<>(current.items().stream()
                .map(i -> new ChecklistTemplate.Item(current.version() + 1, i.stage(), i.groupKey(), i.groupTitle(),
                        i.key(), i.title() + " (herschreven)", i.explanation(), i.knowledge(), i.source())).toList());
        nextItems.add(added);
        ChecklistTemplates both = new ChecklistTemplates(List.of(current,
                new ChecklistTemplate(current.version() + 1, nextItems)));
        // built by hand, so without the transactions of the Spring bean: the test gives it one per call
        TrajectService withNewer = new TrajectService(trajectRepository, itemRepository, both,
                access, users, List.of(), List.of(), time, stageChanges, activityRepository);
        ChecklistService checklistWithNewer = new ChecklistService(trajectRepository, itemRepository, both, access);

        assertThat(trajecten.view(traject.getId()).items()).hasSize(current.items().size());
        Optional<Integer> newer = transactions.execute(tx -> withNewer.view(traject.getId()).newerTemplate());
        assertThat(newer).contains(current.version() + 1);
        Traject fresh = trajectRepository.findById(traject.getId()).orElseThrow();
        Integer addedCount = transactions.execute(tx -> checklistWithNewer.applyTemplate(traject.getId(), fresh.getVersion(),
                current.version() + 1));
        assertThat(addedCount).isEqualTo(1);
        TrajectView after = trajecten.view(traject.getId());
        assertThat(after.items()).hasSize(current.items().size() + 1);
        assertThat(after.items()).filteredOn(i -> i.getId().equals(first.getId())).singleElement()
                .satisfies(i -> {
                    assertThat(i.getTitle()).doesNotContain("herschreven");
                    assertThat(i.getStatus()).isEqualTo(ItemStatus.GEREED);
                });
        assertThat(after.traject().getTemplateVersion()).isEqualTo(current.version() + 1);
    }

    @Test
    void a_traject_started_on_checklist_v1_keeps_its_wording_and_a_new_traject_gets_the_word_list_of_v2() {
        ChecklistTemplates onlyV1 = new ChecklistTemplates(List.of(templates.version(1).orElseThrow()));
        TrajectService startedLastYear = new TrajectService(trajectRepository, itemRepository, onlyV1,
                access, users, List.of(), List.of(), time, stageChanges, activityRepository);
        Traject running = transactions.execute(tx -> startedLastYear.create(form("Traject v1 " + UUID.randomUUID(),
                false)));
        Traject fresh = newTraject(false);

        assertThat(templates.latest().version()).isEqualTo(2);
        TrajectView old = trajecten.view(running.getId());
        assertThat(old.traject().getTemplateVersion()).isEqualTo(1);
        assertThat(old.items()).extracting(ChecklistItem::getTitle)
                .contains("Stel een functieomschrijving op met bijpassende competenties",
                        "Zorg voor minstens twee ervaringsdeskundigen per team");
        assertThat(old.newerTemplate()).contains(2);

        TrajectView now = trajecten.view(fresh.getId());
        assertThat(now.traject().getTemplateVersion()).isEqualTo(2);
        assertThat(now.items()).extracting(ChecklistItem::getTitle)
                .contains("Stel een functieprofiel op met bijpassende competenties",
                        "Zorg voor minimaal twee ervaringsdeskundigen in een team of organisatie",
                        "Regel een mentor en eventueel een buddy")
                .noneMatch(t -> t.contains("functieomschrijving") || t.contains("maatje"));
        assertThat(now.items()).extracting(ChecklistItem::getGroupTitle)
                .contains("Regel een maatje/mentor, coaching, intervisie en supervisie", "Creëer kortetermijnsuccessen");
        assertThat(now.items()).extracting(ChecklistItem::getExplanation)
                .noneMatch(e -> e.contains("ver genoeg") || e.contains("'"));

        // v2 only rewords: applying it deliberately to the running traject adds nothing and rewrites nothing
        Traject current = trajectRepository.findById(running.getId()).orElseThrow();
        assertThat(checklist.applyTemplate(running.getId(), current.getVersion(), 2)).isZero();
        assertThat(trajecten.view(running.getId()).items()).extracting(ChecklistItem::getTitle)
                .contains("Stel een functieomschrijving op met bijpassende competenties");
    }

    @Test
    void v2_of_the_checklist_keeps_every_key_of_v1_so_steps_are_recognised_across_versions() {
        assertThat(templates.version(2).orElseThrow().items()).extracting(ChecklistTemplate.Item::key)
                .containsExactlyElementsOf(templates.version(1).orElseThrow().items().stream()
                        .map(ChecklistTemplate.Item::key).toList());
    }

    @Test
    void the_overview_shows_only_the_trajecten_someone_is_involved_in() {
        Traject traject = newTraject(true);
        TestAccounts.signInAs(member);
        assertThat(trajecten.mine()).extracting(TrajectSummary::id).contains(traject.getId());
        TestAccounts.signInAs(outsider);
        assertThat(trajecten.mine()).extracting(TrajectSummary::id).doesNotContain(traject.getId());
        Map<Long, String> names = users.namesOf(List.of(lead.id(), member.id()));
        assertThat(names).containsKeys(lead.id(), member.id());
    }

    @Test
    void a_template_step_asked_for_again_is_added_only_when_none_is_open_and_only_by_the_project_lead() {
        Traject traject = newTraject(false);
        String key = "fase1.urgentie.voorlichting";
        ChecklistService.TemplateItem present = checklist.addTemplateItem(traject.getId(), key);
        assertThat(present.added()).isFalse();
        ChecklistItem existing = itemRepository.findById(present.itemId()).orElseThrow();
        checklist.updateItem(existing.getId(), existing.getVersion(), new ItemChange(ItemStatus.GEREED, "", null,
                null, "", java.util.List.of()));

        ChecklistService.TemplateItem added = checklist.addTemplateItem(traject.getId(), key);

        assertThat(added.added()).isTrue();
        assertThat(added.itemId()).isNotEqualTo(present.itemId());
        assertThat(added.stage()).isEqualTo(Stage.FASE_1);
        assertThat(itemRepository.findByTrajectIdAndTemplateKey(traject.getId(), key)).hasSize(2);
        assertThatThrownBy(() -> checklist.addTemplateItem(traject.getId(), "bestaat.niet"))
                .isInstanceOf(nl.kwartiermaker.base.InvalidInput.class);
        TestAccounts.signInAs(member);
        assertThatThrownBy(() -> checklist.addTemplateItem(traject.getId(), key))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
