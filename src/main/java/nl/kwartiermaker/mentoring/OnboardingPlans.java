package nl.kwartiermaker.mentoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies template tasks into an expert's onboarding plan: the whole template when the plan starts, and later only
 * the tasks of a newer version that the plan lacks, so a running plan never changes under anyone's hands (decision
 * 0004). A newly registered expert with a start date gets the latest template at once. Runs in the calling
 * transaction.
 */
@Component
class OnboardingPlans {

    private final OnboardingTaskRepository tasks;
    private final RegisteredPersonRepository people;
    private final OnboardingTemplates templates;
    private final PlanParticipants participants;

    OnboardingPlans(OnboardingTaskRepository tasks, RegisteredPersonRepository people, OnboardingTemplates templates,
                    PlanParticipants participants) {
        this.tasks = tasks;
        this.people = people;
        this.templates = templates;
        this.participants = participants;
    }

    /**
     * The register published that someone is an expert now: their plan starts from the latest template, unless it
     * cannot yet (no start date: the coordinator starts it once the date is known) or they have one already.
     */
    @EventListener
    @Transactional
    public void on(ExpertRegistered registered) {
        people.findById(registered.personId())
                .filter(p -> p.isExpert() && p.getStartDate() != null && p.getLeftOn() == null)
                .filter(p -> fits(p, templates.latest()))
                .ifPresent(p -> start(p, templates.latest()));
    }

    /** Starts the plan from the template; returns the tasks added, none when the expert has a plan already. */
    int start(RegisteredPerson expert, OnboardingTemplate template) {
        List<OnboardingTask> plan = lockedPlan(expert);
        if (plan.stream().anyMatch(t -> t.getTemplateKey() != null)) {
            return 0;
        }
        return add(expert, template, plan);
    }

    /** Adds the template's tasks whose keys the plan does not have; what is in the plan stays as it is. */
    int addMissing(RegisteredPerson expert, OnboardingTemplate template) {
        return add(expert, template, lockedPlan(expert));
    }

    /**
     * The expert's plan as it is now. Two starts at once (the register's event and a coordinator's click, or two
     * coordinators) wait for each other on the expert's row, and the second then reads the plan the first made.
     */
    private List<OnboardingTask> lockedPlan(RegisteredPerson expert) {
        people.lockById(expert.getId());
        return tasks.lockPlan(expert.getId());
    }

    private int add(RegisteredPerson expert, OnboardingTemplate template, List<OnboardingTask> plan) {
        Set<String> present = plan.stream().map(OnboardingTask::getTemplateKey).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        int position = plan.stream().mapToInt(OnboardingTask::getPosition).max().orElse(0);
        List<OnboardingTask> added = new ArrayList<>();
        for (OnboardingTemplate.Task task : template.tasks()) {
            if (present.add(task.key())) {
                added.add(OnboardingTask.fromTemplate(expert.getId(), ++position, template.version(), task,
                        expert.getStartDate()));
            }
        }
        tasks.saveAll(added);
        return added.size();
    }

    /** Whether every due date of the template, counted from the expert's start date, is a date the plan may carry. */
    boolean fits(RegisteredPerson expert, OnboardingTemplate template) {
        DateWindow dates = participants.datesOf(expert);
        return template.tasks().stream()
                .allMatch(t -> dates.contains(expert.getStartDate().plusDays(t.dueOffsetDays())));
    }
}
