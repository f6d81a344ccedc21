package nl.kwartiermaker.mentoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        // two starts at once (the register's event and a coordinator's click) are counted one after the other
        people.lockById(expert.getId());
        if (!tasks.templateKeys(expert.getId()).isEmpty()) {
            return 0;
        }
        return addMissing(expert, template);
    }

    /** Adds the template's tasks whose keys the plan does not have; what is in the plan stays as it is. */
    int addMissing(RegisteredPerson expert, OnboardingTemplate template) {
        people.lockById(expert.getId());
        Set<String> present = new HashSet<>(tasks.templateKeys(expert.getId()));
        int position = tasks.lastPosition(expert.getId());
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
