package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new expert's onboarding plan (issue 13, item 2): started from the versioned template with due dates counted from
 * the start date, read by everyone who may see the expert. The coordinator arranges it (starts it, moves dates, adds
 * and removes own tasks, takes on a newer template); the expert and their active mentor tick off the tasks they carry.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingService {

    /** The id of the plan's section on an expert's page, where every task about it leads. */
    public static final String ANCHOR = "inwerken";
    /** A task due within this many days is coming up: it is marked so, and goes to "Mijn taken". */
    public static final int SOON_DAYS = 14;

    private final OnboardingTaskRepository tasks;
    private final OnboardingTemplates templates;
    private final OnboardingPlans plans;
    private final PlanParticipants participants;
    private final MentoringAccess access;

    OnboardingService(OnboardingTaskRepository tasks, OnboardingTemplates templates, OnboardingPlans plans,
                      PlanParticipants participants, MentoringAccess access) {
        this.tasks = tasks;
        this.templates = templates;
        this.plans = plans;
        this.participants = participants;
        this.access = access;
    }

    /** The expert's plan as the signed-in person may see and change it; "not found" for who may not see the expert. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public OnboardingPlan plan(long personId) {
        PlanParticipants.Seen seen = participants.of(personId);
        return new OnboardingPlan(personId, seen.expert().isExpert(), seen.expert().getStartDate(),
                tasks.findByPersonIdOrderByPositionAscIdAsc(personId), seen.part() == PlanParticipants.Part.COORDINATOR,
                ticksOf(seen.part()), participants.datesOf(seen.expert()), participants.today(),
                templates.latest().version());
    }

    /**
     * Starts the plan from the latest template, for an expert whose start date was not known when they were
     * registered. Returns the tasks added: none when the expert has a plan already, so it never makes a second one.
     */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public int start(long personId) {
        RegisteredPerson expert = managed(personId);
        require(expert.isExpert(), "mentoring.onboarding.error.not_expert");
        require(expert.getStartDate() != null, "mentoring.onboarding.error.no_start");
        OnboardingTemplate template = templates.latest();
        requireFits(expert, template);
        return plans.start(expert, template);
    }

    /**
     * Deliberately takes on a newer template: its tasks the plan lacks are added, nothing in the plan changes.
     * Returns how many tasks were added.
     */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public int applyTemplate(long personId, int templateVersion) {
        RegisteredPerson expert = managed(personId);
        OnboardingTemplate template = templates.version(templateVersion)
                .orElseThrow(() -> new InvalidInput("mentoring.onboarding.error.template"));
        require(expert.getStartDate() != null, "mentoring.onboarding.error.no_start");
        require(!tasks.templateKeys(personId).isEmpty(), "mentoring.onboarding.error.template");
        requireFits(expert, template);
        return plans.addMissing(expert, template);
    }

    /**
     * Ticks a task off (done), sets it aside (not applicable) or opens it again, from version {@code expectedVersion}.
     * The coordinator may change every task; the expert and their active mentor only the tasks they carry.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public OnboardingTask setStatus(long taskId, long expectedVersion, TaskStatus status) {
        require(status != null, "mentoring.onboarding.error.status");
        OnboardingTask task = task(taskId);
        PlanParticipants.Seen seen = participants.of(task.getPersonId());
        if (seen.part() != PlanParticipants.Part.COORDINATOR && !ticksOf(seen.part()).contains(task.getOwner())) {
            throw new AccessDeniedException("Only the coordinator and who carries the task change its status");
        }
        task.requireVersion(expectedVersion);
        task.changeStatus(status, participants.today());
        return tasks.saveAndFlush(task);
    }

    /** Moves a task's due date; a date saved before stays acceptable, a new one lies in the plan's dates. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public OnboardingTask changeDue(long taskId, long expectedVersion, LocalDate dueOn) {
        OnboardingTask task = task(taskId);
        RegisteredPerson expert = managed(task.getPersonId());
        task.requireVersion(expectedVersion);
        if (dueOn == null || !dueOn.equals(task.getDueOn())) {
            requireDue(expert, dueOn);
        }
        task.moveDue(dueOn);
        return tasks.saveAndFlush(task);
    }

    /** Adds one of the coordinator's own tasks to the end of the plan. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public OnboardingTask addOwnTask(long personId, String title, TaskOwner owner, LocalDate dueOn) {
        RegisteredPerson expert = managed(personId);
        String clean = title == null ? "" : title.strip();
        require(!clean.isEmpty() && clean.length() <= OnboardingTask.TITLE_MAX, "mentoring.onboarding.error.title",
                OnboardingTask.TITLE_MAX);
        require(owner != null, "mentoring.onboarding.error.owner");
        requireDue(expert, dueOn);
        return tasks.saveAndFlush(new OnboardingTask(personId, tasks.lastPosition(personId) + 1, clean, owner, dueOn));
    }

    /** Removes one of the coordinator's own tasks; a template task is set aside (not applicable) instead. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public void removeOwnTask(long taskId, long expectedVersion) {
        OnboardingTask task = task(taskId);
        managed(task.getPersonId());
        require(task.isOwn(), "mentoring.onboarding.error.template_task");
        task.requireVersion(expectedVersion);
        tasks.delete(task);
    }

    private RegisteredPerson managed(long personId) {
        access.requireCoordinator();
        return access.visible(personId);
    }

    private OnboardingTask task(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
    }

    private void requireFits(RegisteredPerson expert, OnboardingTemplate template) {
        DateWindow dates = participants.datesOf(expert);
        require(plans.fits(expert, template), "mentoring.onboarding.error.due", dates.firstYear(), dates.lastYear());
    }

    private void requireDue(RegisteredPerson expert, LocalDate dueOn) {
        DateWindow dates = participants.datesOf(expert);
        require(dates.contains(dueOn), "mentoring.onboarding.error.due", dates.firstYear(), dates.lastYear());
    }

    /** The tasks someone may tick off besides the coordinator: the expert's own, and the mentor's. */
    private static Set<TaskOwner> ticksOf(PlanParticipants.Part part) {
        return switch (part) {
            case EXPERT -> EnumSet.of(TaskOwner.EXPERT);
            case MENTOR -> EnumSet.of(TaskOwner.MENTOR);
            default -> EnumSet.noneOf(TaskOwner.class);
        };
    }
}
