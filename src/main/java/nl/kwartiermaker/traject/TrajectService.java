package nl.kwartiermaker.traject;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.user.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trajecten themselves: listing, reading, creating, steering through their stages, and their names for other
 * features. Project leads and Beheerders create and steer trajecten; other staff see a traject only when it is open
 * to all staff. A traject someone may not see is reported as not found, so its existence is not revealed (the rule is
 * {@link TrajectAccess}'s). The checklist's steps are {@link ChecklistService}'s, activities and the staff's
 * Overzicht in words {@link TrajectActivityService}'s.
 */
@Service
@Transactional(readOnly = true)
public class TrajectService {

    public static final String MAY_CREATE = "hasAnyRole('" + Role.Names.PROJECTLEIDER + "', '"
            + Role.Names.BEHEERDER + "')";
    /** A traject registered while it is already running may have started up to this many years before. */
    static final int START_YEARS_BACK = 10;

    private final TrajectRepository trajecten;
    private final ChecklistItemRepository items;
    private final ChecklistTemplates templates;
    private final TrajectAccess access;
    private final UserService users;
    private final List<TrajectAdvice> advice;
    private final List<ChecklistLinks> links;
    private final PortalTime time;
    private final StageChangeRepository stageChanges;
    private final TrajectActivityRepository activities;

    TrajectService(TrajectRepository trajecten, ChecklistItemRepository items, ChecklistTemplates templates,
                   TrajectAccess access, UserService users, List<TrajectAdvice> advice,
                   List<ChecklistLinks> links, PortalTime time, StageChangeRepository stageChanges,
                   TrajectActivityRepository activities) {
        this.stageChanges = stageChanges;
        this.activities = activities;
        this.trajecten = trajecten;
        this.items = items;
        this.templates = templates;
        this.access = access;
        this.users = users;
        this.advice = advice;
        this.links = links;
        this.time = time;
    }

    public record Filter(Stage stage, Long projectLeadId, boolean overdueOnly, boolean archived) {
        public static Filter active() {
            return new Filter(null, null, false, false);
        }
    }

    /** Every traject this person may see that matches the filter, with progress: for short lists and demo data. */
    @PreAuthorize(Access.STAFF)
    public List<TrajectSummary> list(Filter filter) {
        return list(filter, Pageable.unpaged());
    }

    /**
     * One page of the trajecten this person may see that match the filter, with progress. The filter and the page are
     * applied in the database, so a page reads its own rows only: one statement for the trajecten, one for the
     * counts, one for the project leads' names.
     */
    @PreAuthorize(Access.STAFF)
    public List<TrajectSummary> list(Filter filter, Pageable page) {
        SignedInUser.Account me = access.me();
        return summaries(trajecten.findShown(filter.archived(), filter.stage(), filter.projectLeadId(), me.id(),
                me.roles().contains(Role.BEHEERDER), filter.overdueOnly(), access.today(), page));
    }

    /** The trajecten this person leads or works on, for the Overzicht. */
    @PreAuthorize(Access.STAFF)
    public List<TrajectSummary> mine() {
        return summaries(trajecten.findInvolving(access.me().id()));
    }

    /** Ids and names of the active trajecten this person leads or works on, in one statement. */
    @PreAuthorize(Access.STAFF)
    public Map<Long, String> myTrajectNames() {
        return byId(trajecten.findNamesInvolving(access.me().id()));
    }

    /** Ids and names of the active trajecten this person leads, in one statement: for what other features ask of them. */
    @PreAuthorize(Access.STAFF)
    public Map<Long, String> trajectNamesILead() {
        return byId(trajecten.findNamesLedBy(access.me().id()));
    }

    private static Map<Long, String> byId(List<TrajectRepository.IdAndName> names) {
        return names.stream().collect(Collectors.toMap(TrajectRepository.IdAndName::getId,
                TrajectRepository.IdAndName::getName));
    }

    /**
     * Ids and names of the active trajecten this person may see, ordered by name, in one statement: for other
     * features that link to a traject or filter by one.
     */
    @PreAuthorize(Access.STAFF)
    public Map<Long, String> visibleTrajectNames() {
        SignedInUser.Account me = access.me();
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        trajecten.findNamesVisibleTo(me.id(), me.roles().contains(Role.BEHEERDER))
                .forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    private List<TrajectSummary> summaries(List<Traject> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Stage, PhaseProgress>> progress = TrajectProgress.progress(items,
                shown.stream().map(Traject::getId).toList(), access.today());
        Map<Long, String> names = users.namesOf(shown.stream().map(Traject::getProjectLeadId).distinct().toList());
        List<TrajectSummary> result = new ArrayList<>();
        for (Traject traject : shown) {
            Map<Stage, PhaseProgress> stages = progress.getOrDefault(traject.getId(), Map.of());
            PhaseProgress overall = TrajectProgress.overall(stages);
            result.add(new TrajectSummary(traject.getId(), traject.getName(), traject.getOrganisationUnit(),
                    traject.getStage(), names.getOrDefault(traject.getProjectLeadId(), ""),
                    traject.getProjectLeadId(), overall,
                    stages.getOrDefault(traject.getStage(), TrajectProgress.empty(traject.getStage())),
                    traject.isArchived()));
        }
        return result;
    }

    @PreAuthorize(Access.STAFF)
    public Optional<Traject> find(long id) {
        SignedInUser.Account me = access.me();
        return trajecten.findById(id).filter(t -> TrajectAccess.mayView(t, me));
    }

    /**
     * A traject this person may see, as other features need it, with whether they may steer it: one load answers
     * both, so a page that needs both does not read the traject twice.
     */
    @PreAuthorize(Access.STAFF)
    public Optional<TrajectParticipants> participants(long id) {
        SignedInUser.Account me = access.me();
        return trajecten.findById(id).filter(t -> TrajectAccess.mayView(t, me)).map(t -> new TrajectParticipants(
                t.getId(), t.getName(), t.getProjectLeadId(), t.getMembers().stream().map(Membership::userId)
                .collect(Collectors.toSet()), TrajectAccess.mayManage(t, me),
                TrajectAccess.datesOf(t, access.today())));
    }

    /** Whether the signed-in person may steer this traject (project lead or Beheerder). */
    @PreAuthorize(Access.STAFF)
    public boolean mayManage(long trajectId) {
        SignedInUser.Account me = access.me();
        return trajecten.findById(trajectId).filter(t -> TrajectAccess.mayView(t, me))
                .map(t -> TrajectAccess.mayManage(t, me)).orElse(false);
    }

    @PreAuthorize(Access.STAFF)
    public TrajectView view(long id) {
        SignedInUser.Account me = access.me();
        // with its plan for the page's details; the members follow in one statement when the access check reads them
        Traject traject = trajecten.findWithPlanById(id).filter(t -> TrajectAccess.mayView(t, me))
                .orElseThrow(() -> new InvalidInput("traject.error.notfound"));
        List<ChecklistItem> checklist = items.findByTrajectIdOrderByStageAscSortOrderAscIdAsc(id);
        LocalDate today = access.today();
        Map<Stage, PhaseProgress> progress = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.WITH_CHECKLIST) {
            progress.put(stage, TrajectProgress.empty(stage));
        }
        for (ChecklistItem item : checklist) {
            progress.merge(item.getStage(), TrajectProgress.count(item, today), PhaseProgress::plus);
        }
        Set<Long> people = new HashSet<>();
        people.add(traject.getProjectLeadId());
        traject.getMembers().forEach(m -> people.add(m.userId()));
        checklist.stream().map(ChecklistItem::getOwnerId).filter(o -> o != null).forEach(people::add);
        List<StageChange> history = stageChanges.findByTrajectIdOrderByChangedAtDescIdDesc(id);
        history.forEach(change -> people.add(change.getChangedById()));
        List<TrajectWarning> warnings = new ArrayList<>(TrajectWarnings.of(traject));
        advice.forEach(a -> warnings.addAll(a.warningsFor(id)));
        Map<String, List<ChecklistLinks.ItemLink>> itemLinks = new java.util.HashMap<>();
        links.forEach(l -> l.linksFor(id).forEach(link -> itemLinks.computeIfAbsent(link.templateKey(),
                k -> new ArrayList<>()).add(link)));
        return new TrajectView(traject, checklist, progress, TrajectProgress.overall(progress), warnings,
                nextSteps(traject, checklist), users.namesOf(people), TrajectAccess.mayManage(traject, me), me.id(),
                today,
                TrajectAccess.datesOf(traject, today), templates.latest().version(), itemLinks, history,
                activities.findByTrajectIdOrderByDateAscIdAsc(id));
    }

    @PreAuthorize(MAY_CREATE)
    @Transactional
    public Traject create(TrajectForm form) {
        check(form);
        checkStartDate(form.startDate(), null);
        ChecklistTemplate template = templates.latest();
        Traject traject = trajecten.saveAndFlush(new Traject(form, memberships(form), template.version()));
        int order = 0;
        List<ChecklistItem> checklist = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            checklist.add(ChecklistItem.fromTemplate(traject.getId(), item, ++order));
        }
        items.saveAll(checklist);
        return traject;
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public Traject update(long id, long expectedVersion, TrajectForm form) {
        Traject traject = access.managed(id, expectedVersion);
        check(form);
        checkStartDate(form.startDate(), traject);
        traject.apply(form, memberships(form));
        return trajecten.saveAndFlush(traject);
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public Traject archive(long id, long expectedVersion, boolean archived) {
        Traject traject = access.managed(id, expectedVersion);
        traject.setArchived(archived);
        return trajecten.saveAndFlush(traject);
    }

    /**
     * Moves to the next stage. The step from go/no-go to fase 1 is not taken here: only a recorded "go" takes it
     * (see {@link #startFirstPhase}). A stage with open steps is left only when the person confirmed it
     * ({@code leaveOpenSteps}); the move is recorded with how many steps were open (decision 0004, "Phase guidance").
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public Traject advance(long id, long expectedVersion, boolean leaveOpenSteps) {
        Traject traject = access.managed(id, expectedVersion);
        long open = items.countOpen(id, StageStatus.checklistOf(traject.getStage()));
        Stage next = switch (traject.getStage()) {
            case VERKENNING -> Stage.GO_NO_GO;
            case FASE_1 -> Stage.FASE_2;
            case FASE_2 -> Stage.FASE_3;
            case GO_NO_GO -> throw new InvalidInput("traject.error.needs.go");
            case FASE_3 -> throw new InvalidInput("traject.error.last.stage");
        };
        require(open == 0 || leaveOpenSteps, "traject.error.advance.open", open);
        recordStageChange(traject, next, open);
        traject.setStage(next);
        return trajecten.saveAndFlush(traject);
    }

    private void recordStageChange(Traject traject, Stage next, long openSteps) {
        stageChanges.save(new StageChange(traject.getId(), traject.getStage(), next, (int) openSteps,
                access.me().id(), time.now()));
    }

    /** Every change of stage of a traject this person may see, newest first: its history. */
    @PreAuthorize(Access.STAFF)
    public List<StageChange> stageHistory(long trajectId) {
        access.visible(trajectId, access.me());
        return stageChanges.findByTrajectIdOrderByChangedAtDescIdDesc(trajectId);
    }

    /** Open steps of a traject's verkenning, so the decision page can say what a "go" would leave open. */
    @PreAuthorize(Access.STAFF)
    public long openVerkenningSteps(long trajectId) {
        access.visible(trajectId, access.me());
        return items.countOpen(trajectId, Stage.VERKENNING);
    }

    /** Called when a "go" is recorded: the traject enters fase 1, from whichever earlier stage it was in. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void startFirstPhase(long id) {
        Traject traject = access.visible(id, access.me());
        if (!TrajectAccess.mayManage(traject, access.me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder records decisions");
        }
        if (traject.getStage().isBefore(Stage.FASE_1)) {
            // the decision's own confirmation was the confirmation; its open verkenning steps are on record
            recordStageChange(traject, Stage.FASE_1, items.countOpen(id, Stage.VERKENNING));
            traject.setStage(Stage.FASE_1);
        }
    }

    private List<ChecklistItem> nextSteps(Traject traject, List<ChecklistItem> checklist) {
        Stage focus = traject.getStage() == Stage.GO_NO_GO ? Stage.VERKENNING : traject.getStage();
        return checklist.stream()
                .filter(i -> !i.getStatus().isDone())
                .filter(i -> !i.getStage().isBefore(Stage.VERKENNING) && !focus.isBefore(i.getStage()))
                // the current stage's steps first, then steps left open in earlier stages; within each, by due date
                .sorted(Comparator.comparing((ChecklistItem i) -> i.getStage() != focus)
                        .thenComparing(i -> i.getDueDate() == null)
                        .thenComparing(i -> i.getDueDate() == null ? LocalDate.MAX : i.getDueDate())
                        .thenComparing(ChecklistItem::getStage)
                        .thenComparingInt(ChecklistItem::getSortOrder))
                .limit(5)
                .toList();
    }

    /** The start dates a traject may have: a new one is registered today, an existing one when it was. */
    @PreAuthorize(Access.STAFF)
    public DateWindow startDates(Traject existing) {
        LocalDate today = access.today();
        return DateWindow.fromYear(TrajectAccess.registeredOn(existing, today).getYear() - START_YEARS_BACK, today);
    }

    private void checkStartDate(LocalDate startDate, Traject existing) {
        if (existing != null && startDate.equals(existing.getStartDate())) {
            return;
        }
        DateWindow dates = startDates(existing);
        require(dates.contains(startDate), "traject.error.startdate.window", dates.firstYear(), dates.lastYear());
    }

    private void check(TrajectForm form) {
        require(!form.name().isEmpty() && form.name().length() <= Traject.NAME_MAX, "traject.error.name",
                Traject.NAME_MAX);
        require(!form.organisationUnit().isEmpty() && form.organisationUnit().length() <= Traject.UNIT_MAX,
                "traject.error.unit", Traject.UNIT_MAX);
        require(form.startingPoint() != null, "traject.error.startingpoint");
        require(form.startingPointDescription().length() <= Traject.DESCRIPTION_MAX, "traject.error.description",
                Traject.DESCRIPTION_MAX);
        require(form.startDate() != null, "traject.error.startdate");
        require(form.pilotTeams().length() <= Traject.PILOT_MAX, "traject.error.pilot", Traject.PILOT_MAX);
        require(form.lineManager().length() <= Traject.PERSON_MAX
                && form.seniorExpertAdviser().length() <= Traject.PERSON_MAX, "traject.error.person",
                Traject.PERSON_MAX);
        require(form.plannedExperts() == null || (form.plannedExperts() >= 0
                && form.plannedExperts() <= Traject.PLANNED_EXPERTS_MAX), "traject.error.planned",
                Traject.PLANNED_EXPERTS_MAX);
        Set<Long> existing = users.namesOf(allPeople(form)).keySet();
        require(existing.containsAll(allPeople(form)), "traject.error.person.unknown");
    }

    private static Set<Long> allPeople(TrajectForm form) {
        Set<Long> people = new HashSet<>(form.memberIds());
        people.add(form.projectLeadId());
        return people;
    }

    private Set<Membership> memberships(TrajectForm form) {
        Map<Long, Role> roles = users.mainRoles(form.memberIds());
        Set<Membership> members = new HashSet<>();
        for (long id : form.memberIds()) {
            members.add(new Membership(id, roles.getOrDefault(id, Role.MEDEWERKER)));
        }
        return members;
    }
}
