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
import java.util.regex.Pattern;
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
 * Trajecten and their checklists. Project leads and Beheerders create and steer trajecten; members work on the items
 * assigned to them; other staff see a traject only when it is open to all staff. A traject someone may not see is
 * reported as not found, so its existence is not revealed.
 */
@Service
@Transactional(readOnly = true)
public class TrajectService {

    public static final String MAY_CREATE = "hasAnyRole('" + Role.Names.PROJECTLEIDER + "', '"
            + Role.Names.BEHEERDER + "')";
    private static final Pattern LINK = Pattern.compile("^(https?://|/)\\S+$");
    /** A traject registered while it is already running may have started up to this many years before. */
    static final int START_YEARS_BACK = 10;
    /** A step or decision may be dated up to this many years before the traject started or was registered. */
    static final int YEARS_BEFORE_START = 1;

    private final TrajectRepository trajecten;
    private final ChecklistItemRepository items;
    private final ChecklistTemplates templates;
    private final SignedInUser signedInUser;
    private final UserService users;
    private final List<TrajectAdvice> advice;
    private final List<ChecklistLinks> links;
    private final PortalTime time;
    private final StageChangeRepository stageChanges;
    private final TrajectActivityRepository activities;

    TrajectService(TrajectRepository trajecten, ChecklistItemRepository items, ChecklistTemplates templates,
                   SignedInUser signedInUser, UserService users, List<TrajectAdvice> advice,
                   List<ChecklistLinks> links, PortalTime time, StageChangeRepository stageChanges,
                   TrajectActivityRepository activities) {
        this.stageChanges = stageChanges;
        this.activities = activities;
        this.trajecten = trajecten;
        this.items = items;
        this.templates = templates;
        this.signedInUser = signedInUser;
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
    @PreAuthorize(Access.SIGNED_IN)
    public List<TrajectSummary> list(Filter filter) {
        return list(filter, Pageable.unpaged());
    }

    /**
     * One page of the trajecten this person may see that match the filter, with progress. The filter and the page are
     * applied in the database, so a page reads its own rows only: one statement for the trajecten, one for the
     * counts, one for the project leads' names.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<TrajectSummary> list(Filter filter, Pageable page) {
        SignedInUser.Account me = me();
        return summaries(trajecten.findShown(filter.archived(), filter.stage(), filter.projectLeadId(), me.id(),
                me.roles().contains(Role.BEHEERDER), filter.overdueOnly(), today(), page));
    }

    /** The trajecten this person leads or works on, for the Overzicht. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<TrajectSummary> mine() {
        return summaries(trajecten.findInvolving(me().id()));
    }

    /** Ids and names of the active trajecten this person leads or works on, in one statement. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> myTrajectNames() {
        return trajecten.findNamesInvolving(me().id()).stream().collect(java.util.stream.Collectors.toMap(
                TrajectRepository.IdAndName::getId, TrajectRepository.IdAndName::getName));
    }

    /** Ids and names of the active trajecten this person leads, in one statement: for what other features ask of them. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> trajectNamesILead() {
        return trajecten.findNamesLedBy(me().id()).stream().collect(java.util.stream.Collectors.toMap(
                TrajectRepository.IdAndName::getId, TrajectRepository.IdAndName::getName));
    }

    /**
     * Ids and names of the active trajecten this person may see, ordered by name, in one statement: for other
     * features that link to a traject or filter by one.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> visibleTrajectNames() {
        SignedInUser.Account me = me();
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        trajecten.findNamesVisibleTo(me.id(), me.roles().contains(Role.BEHEERDER))
                .forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    private List<TrajectSummary> summaries(List<Traject> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Stage, PhaseProgress>> progress = progress(shown.stream().map(Traject::getId).toList());
        Map<Long, String> names = users.namesOf(shown.stream().map(Traject::getProjectLeadId).distinct().toList());
        List<TrajectSummary> result = new ArrayList<>();
        for (Traject traject : shown) {
            Map<Stage, PhaseProgress> stages = progress.getOrDefault(traject.getId(), Map.of());
            PhaseProgress overall = overall(stages);
            result.add(new TrajectSummary(traject.getId(), traject.getName(), traject.getOrganisationUnit(),
                    traject.getStage(), names.getOrDefault(traject.getProjectLeadId(), ""),
                    traject.getProjectLeadId(), overall,
                    stages.getOrDefault(traject.getStage(), empty(traject.getStage())), traject.isArchived()));
        }
        return result;
    }

    /** Items assigned to the signed-in person that are past their due date. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<ChecklistItem> myOverdueItems() {
        return items.findOverdueFor(me().id(), today());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Optional<Traject> find(long id) {
        SignedInUser.Account me = me();
        return trajecten.findById(id).filter(t -> mayView(t, me));
    }

    /**
     * A traject this person may see, as other features need it, with whether they may steer it: one load answers
     * both, so a page that needs both does not read the traject twice.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<TrajectParticipants> participants(long id) {
        SignedInUser.Account me = me();
        return trajecten.findById(id).filter(t -> mayView(t, me)).map(t -> new TrajectParticipants(t.getId(),
                t.getName(), t.getProjectLeadId(), t.getMembers().stream().map(Membership::userId)
                .collect(java.util.stream.Collectors.toSet()), mayManage(t, me), datesOf(t, today())));
    }

    /** Whether the signed-in person may steer this traject (project lead or Beheerder). */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean mayManage(long trajectId) {
        SignedInUser.Account me = me();
        return trajecten.findById(trajectId).filter(t -> mayView(t, me)).map(t -> mayManage(t, me)).orElse(false);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public TrajectView view(long id) {
        SignedInUser.Account me = me();
        // with its plan for the page's details; the members follow in one statement when the access check reads them
        Traject traject = trajecten.findWithPlanById(id).filter(t -> mayView(t, me))
                .orElseThrow(() -> new InvalidInput("traject.error.notfound"));
        List<ChecklistItem> checklist = items.findByTrajectIdOrderByStageAscSortOrderAscIdAsc(id);
        LocalDate today = today();
        Map<Stage, PhaseProgress> progress = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.WITH_CHECKLIST) {
            progress.put(stage, empty(stage));
        }
        for (ChecklistItem item : checklist) {
            progress.merge(item.getStage(), count(item, today), PhaseProgress::plus);
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
        return new TrajectView(traject, checklist, progress, overall(progress), warnings,
                nextSteps(traject, checklist), users.namesOf(people), mayManage(traject, me), me.id(), today,
                datesOf(traject, today), templates.latest().version(), itemLinks, history,
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

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public Traject update(long id, long expectedVersion, TrajectForm form) {
        Traject traject = managed(id, expectedVersion);
        check(form);
        checkStartDate(form.startDate(), traject);
        traject.apply(form, memberships(form));
        return trajecten.saveAndFlush(traject);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public Traject archive(long id, long expectedVersion, boolean archived) {
        Traject traject = managed(id, expectedVersion);
        traject.setArchived(archived);
        return trajecten.saveAndFlush(traject);
    }

    /**
     * Moves to the next stage. The step from go/no-go to fase 1 is not taken here: only a recorded "go" takes it
     * (see {@link #startFirstPhase}). A stage with open steps is left only when the person confirmed it
     * ({@code leaveOpenSteps}); the move is recorded with how many steps were open (decision 0004, "Phase guidance").
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public Traject advance(long id, long expectedVersion, boolean leaveOpenSteps) {
        Traject traject = managed(id, expectedVersion);
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
        stageChanges.save(new StageChange(traject.getId(), traject.getStage(), next, (int) openSteps, me().id(),
                time.now()));
    }

    /** Every change of stage of a traject this person may see, newest first: its history. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<StageChange> stageHistory(long trajectId) {
        visible(trajectId, me());
        return stageChanges.findByTrajectIdOrderByChangedAtDescIdDesc(trajectId);
    }

    /** Open steps of a traject's verkenning, so the decision page can say what a "go" would leave open. */
    @PreAuthorize(Access.SIGNED_IN)
    public long openVerkenningSteps(long trajectId) {
        visible(trajectId, me());
        return items.countOpen(trajectId, Stage.VERKENNING);
    }

    /** Called when a "go" is recorded: the traject enters fase 1, from whichever earlier stage it was in. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void startFirstPhase(long id) {
        Traject traject = visible(id, me());
        if (!mayManage(traject, me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder records decisions");
        }
        if (traject.getStage().isBefore(Stage.FASE_1)) {
            // the decision's own confirmation was the confirmation; its open verkenning steps are on record
            recordStageChange(traject, Stage.FASE_1, items.countOpen(id, Stage.VERKENNING));
            traject.setStage(Stage.FASE_1);
        }
    }

    /** Saves a change to an item, made from version {@code expectedVersion}; the owner only changes their own. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ChecklistItem updateItem(long itemId, long expectedVersion, ItemChange change) {
        SignedInUser.Account me = me();
        ChecklistItem item = items.findById(itemId).orElseThrow(() -> new InvalidInput("traject.error.notfound"));
        Traject traject = visible(item.getTrajectId(), me);
        boolean manager = mayManage(traject, me);
        if (!manager && (item.getOwnerId() == null || item.getOwnerId() != me.id())) {
            throw new AccessDeniedException("Only the owner, the project lead or a Beheerder edits this item");
        }
        item.requireVersion(expectedVersion);
        checkItem(change);
        // a date saved before stays acceptable, even if the traject's start was moved later since
        if (change.dueDate() != null && !change.dueDate().equals(item.getDueDate())) {
            DateWindow dates = datesOf(traject, today());
            require(dates.contains(change.dueDate()), "traject.error.item.due", dates.firstYear(), dates.lastYear());
        }
        item.apply(change);
        if (manager) {
            item.assignTo(change.ownerId());
        }
        return items.saveAndFlush(item);
    }

    /** Adds one of the organisation's own steps to a stage. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ChecklistItem addOwnItem(long trajectId, Stage stage, String title, String explanation) {
        Traject traject = visible(trajectId, me());
        if (!mayManage(traject, me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder adds items");
        }
        require(Stage.WITH_CHECKLIST.contains(stage), "traject.error.stage");
        String cleanTitle = title == null ? "" : title.strip();
        String cleanExplanation = explanation == null ? "" : explanation.strip();
        require(!cleanTitle.isEmpty() && cleanTitle.length() <= ChecklistItem.TITLE_MAX, "traject.error.item.title",
                ChecklistItem.TITLE_MAX);
        require(cleanExplanation.length() <= ChecklistItem.EXPLANATION_MAX, "traject.error.item.explanation",
                ChecklistItem.EXPLANATION_MAX);
        return items.saveAndFlush(ChecklistItem.own(trajectId, stage, "", cleanTitle, cleanExplanation,
                items.lastSortOrder(trajectId) + 1));
    }

    /** A template step that another feature (the readiness scan's advice) asked for: newly added or already open. */
    public record TemplateItem(long itemId, String title, Stage stage, boolean added) {
    }

    /**
     * Puts the template step with this key on the checklist, unless it is already there and not yet done: then that
     * item is returned. A step that was finished or set aside gets a fresh copy, since the scan says it needs work.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public TemplateItem addTemplateItem(long trajectId, String templateKey) {
        Traject traject = visible(trajectId, me());
        if (!mayManage(traject, me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder adds items");
        }
        ChecklistTemplate.Item step = templates.latest().items().stream().filter(i -> i.key().equals(templateKey))
                .findFirst().orElseThrow(() -> new InvalidInput("traject.error.template"));
        Optional<ChecklistItem> open = items.findByTrajectIdAndTemplateKey(trajectId, templateKey).stream()
                .filter(i -> !i.getStatus().isDone()).findFirst();
        if (open.isPresent()) {
            return new TemplateItem(open.get().getId(), open.get().getTitle(), open.get().getStage(), false);
        }
        ChecklistItem added = items.saveAndFlush(ChecklistItem.fromTemplate(trajectId, step,
                items.lastSortOrder(trajectId) + 1));
        return new TemplateItem(added.getId(), added.getTitle(), added.getStage(), true);
    }

    /**
     * Deliberately applies a newer template: steps it adds are added, nothing already in the checklist changes.
     * Returns how many items were added.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public int applyTemplate(long trajectId, long expectedVersion, int templateVersion) {
        Traject traject = managed(trajectId, expectedVersion);
        ChecklistTemplate template = templates.version(templateVersion)
                .orElseThrow(() -> new InvalidInput("traject.error.template"));
        require(template.version() > traject.getTemplateVersion(), "traject.error.template");
        Set<String> present = new HashSet<>(items.templateKeys(trajectId));
        int order = items.lastSortOrder(trajectId);
        List<ChecklistItem> added = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            if (!present.contains(item.key())) {
                added.add(ChecklistItem.fromTemplate(trajectId, item, ++order));
            }
        }
        items.saveAll(added);
        traject.setTemplateVersion(template.version());
        trajecten.saveAndFlush(traject);
        return added.size();
    }

    /** Adds a dated activity (an information meeting, say) to a traject; only who steers it may. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public TrajectActivity addActivity(long trajectId, ActivityForm form) {
        Traject traject = visible(trajectId, me());
        if (!mayManage(traject, me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder plans activities");
        }
        checkActivity(form, traject, null);
        return activities.saveAndFlush(new TrajectActivity(trajectId, form));
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public TrajectActivity updateActivity(long activityId, long expectedVersion, ActivityForm form) {
        TrajectActivity activity = managedActivity(activityId, expectedVersion);
        checkActivity(form, visible(activity.getTrajectId(), me()), activity);
        activity.apply(form);
        return activities.saveAndFlush(activity);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void removeActivity(long activityId, long expectedVersion) {
        activities.delete(managedActivity(activityId, expectedVersion));
    }

    /**
     * The trajecten this person is part of, then those open to all staff, in words for their Overzicht: at most
     * {@link #IN_WORDS_MAX}, with each one's coming activities. Four statements, whatever the number of trajecten.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<TrajectInWords> inWords() {
        SignedInUser.Account me = me();
        List<Traject> shown = trajecten.findForStaff(me.id(), Pageable.ofSize(IN_WORDS_MAX));
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(Traject::getId).toList();
        Map<Long, List<TrajectActivity>> coming = new java.util.HashMap<>();
        activities.findByTrajectIdInAndDateGreaterThanEqualOrderByDateAscIdAsc(ids, today())
                .forEach(a -> coming.computeIfAbsent(a.getTrajectId(), k -> new ArrayList<>()).add(a));
        Map<Long, Map<Stage, PhaseProgress>> progress = progress(ids);
        Map<Long, String> leads = users.namesOf(shown.stream().map(Traject::getProjectLeadId).distinct().toList());
        return shown.stream().map(t -> {
            PhaseProgress stage = progress.getOrDefault(t.getId(), Map.of())
                    .getOrDefault(StageStatus.checklistOf(t.getStage()), empty(t.getStage()));
            return new TrajectInWords(t.getId(), t.getName(), t.getOrganisationUnit(), t.getStage(),
                    stage.complete(), leads.getOrDefault(t.getProjectLeadId(), ""),
                    coming.getOrDefault(t.getId(), List.of()).stream().limit(ACTIVITIES_SHOWN).toList());
        }).toList();
    }

    /** How many trajecten the staff card describes: more stops being a short explanation. */
    public static final int IN_WORDS_MAX = 3;
    /** How many coming activities per traject the staff card lists. */
    public static final int ACTIVITIES_SHOWN = 3;

    private TrajectActivity managedActivity(long activityId, long expectedVersion) {
        TrajectActivity activity = activities.findById(activityId)
                .orElseThrow(() -> new InvalidInput("traject.error.activity.notfound"));
        Traject traject = visible(activity.getTrajectId(), me());
        if (!mayManage(traject, me())) {
            throw new AccessDeniedException("Only the project lead or a Beheerder plans activities");
        }
        activity.requireVersion(expectedVersion);
        return activity;
    }

    private void checkActivity(ActivityForm form, Traject traject, TrajectActivity existing) {
        require(!form.title().isEmpty() && form.title().length() <= TrajectActivity.TITLE_MAX,
                "traject.error.activity.title", TrajectActivity.TITLE_MAX);
        require(form.date() != null, "traject.error.activity.date.missing");
        require(form.place().length() <= TrajectActivity.PLACE_MAX, "traject.error.activity.place",
                TrajectActivity.PLACE_MAX);
        require(form.description().length() <= TrajectActivity.DESCRIPTION_MAX,
                "traject.error.activity.description", TrajectActivity.DESCRIPTION_MAX);
        // a date saved before stays acceptable, as with a step's due date
        if (existing == null || !form.date().equals(existing.getDate())) {
            DateWindow dates = datesOf(traject, today());
            require(dates.contains(form.date()), "traject.error.activity.date", dates.firstYear(), dates.lastYear());
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

    private Map<Long, Map<Stage, PhaseProgress>> progress(List<Long> trajectIds) {
        Map<Long, Map<Stage, PhaseProgress>> result = new java.util.HashMap<>();
        for (ChecklistItemRepository.StatusCount count : items.countByStatus(trajectIds, today())) {
            PhaseProgress part = new PhaseProgress(count.getStage(), count.getItems(),
                    count.getStatus().isDone() ? count.getItems() : 0, count.getOverdue(), 0);
            result.computeIfAbsent(count.getTrajectId(), k -> new EnumMap<>(Stage.class))
                    .merge(count.getStage(), part, PhaseProgress::plus);
        }
        return result;
    }

    private static PhaseProgress count(ChecklistItem item, LocalDate today) {
        return new PhaseProgress(item.getStage(), 1, item.getStatus().isDone() ? 1 : 0,
                item.isOverdue(today) ? 1 : 0, item.getOwnerId() == null && !item.getStatus().isDone() ? 1 : 0);
    }

    private static PhaseProgress overall(Map<Stage, PhaseProgress> stages) {
        return stages.values().stream().reduce(empty(null), PhaseProgress::plus);
    }

    private static PhaseProgress empty(Stage stage) {
        return new PhaseProgress(stage, 0, 0, 0, 0);
    }

    private Traject visible(long id, SignedInUser.Account me) {
        return trajecten.findById(id).filter(t -> mayView(t, me))
                .orElseThrow(() -> new InvalidInput("traject.error.notfound"));
    }

    private Traject managed(long id, long expectedVersion) {
        SignedInUser.Account me = me();
        Traject traject = visible(id, me);
        if (!mayManage(traject, me)) {
            throw new AccessDeniedException("Only the project lead or a Beheerder changes a traject");
        }
        traject.requireVersion(expectedVersion);
        return traject;
    }

    private static boolean mayView(Traject traject, SignedInUser.Account me) {
        return me.roles().contains(Role.BEHEERDER) || traject.involves(me.id()) || traject.isVisibleToAllStaff();
    }

    private static boolean mayManage(Traject traject, SignedInUser.Account me) {
        return me.roles().contains(Role.BEHEERDER) || traject.getProjectLeadId() == me.id();
    }

    private SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private LocalDate today() {
        return time.today();
    }

    /** The start dates a traject may have: a new one is registered today, an existing one when it was. */
    @PreAuthorize(Access.SIGNED_IN)
    public DateWindow startDates(Traject existing) {
        LocalDate today = today();
        return DateWindow.fromYear(registeredOn(existing, today).getYear() - START_YEARS_BACK, today);
    }

    private void checkStartDate(LocalDate startDate, Traject existing) {
        if (existing != null && startDate.equals(existing.getStartDate())) {
            return;
        }
        DateWindow dates = startDates(existing);
        require(dates.contains(startDate), "traject.error.startdate.window", dates.firstYear(), dates.lastYear());
    }

    /** Dates of a traject's steps and decisions: from the year before it started (or was registered, if earlier). */
    private static DateWindow datesOf(Traject traject, LocalDate today) {
        LocalDate registered = registeredOn(traject, today);
        LocalDate from = traject.getStartDate().isBefore(registered) ? traject.getStartDate() : registered;
        return DateWindow.fromYear(from.getYear() - YEARS_BEFORE_START, today);
    }

    private static LocalDate registeredOn(Traject traject, LocalDate today) {
        return traject == null || traject.getCreatedAt() == null ? today
                : LocalDate.ofInstant(traject.getCreatedAt(), PortalTime.ZONE);
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

    private static void checkItem(ItemChange change) {
        require(change.status() != null, "traject.error.item.status");
        require(change.status() != ItemStatus.NVT || !change.notApplicableReason().isEmpty(),
                "traject.error.item.reason");
        require(change.notApplicableReason().length() <= ChecklistItem.REASON_MAX, "traject.error.item.reason.long",
                ChecklistItem.REASON_MAX);
        require(change.notes().length() <= ChecklistItem.NOTES_MAX, "traject.error.item.notes",
                ChecklistItem.NOTES_MAX);
        require(String.join("\n", change.evidenceLinks()).length() <= ChecklistItem.EVIDENCE_MAX,
                "traject.error.item.evidence.long", ChecklistItem.EVIDENCE_MAX);
        for (String link : change.evidenceLinks()) {
            require(LINK.matcher(link).matches(), "traject.error.item.evidence", link);
        }
    }
}
