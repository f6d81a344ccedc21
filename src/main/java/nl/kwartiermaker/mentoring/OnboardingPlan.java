package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.DateWindow;

/**
 * One expert's onboarding plan as the signed-in person may see it: the tasks in order, what this person may do with
 * them, and the dates a due date may take. {@code expert}: the person is an expert by experience (a mentor's own
 * entry has no plan); {@code latestTemplate}: the newest template version shipped.
 */
public record OnboardingPlan(long personId, boolean expert, LocalDate startDate, List<OnboardingTask> tasks,
                             boolean canManage, Set<TaskOwner> ownTicks, DateWindow dates, LocalDate today,
                             int latestTemplate) {

    public OnboardingPlan {
        tasks = List.copyOf(tasks);
        ownTicks = Set.copyOf(ownTicks);
    }

    /** A plan starts from the template; the coordinator's own tasks alone are not a plan yet. */
    public boolean started() {
        return tasks.stream().anyMatch(t -> t.getTemplateKey() != null);
    }

    /** The coordinator may change every task; the expert and their mentor tick off the tasks they carry. */
    public boolean canTick(OnboardingTask task) {
        return canManage || ownTicks.contains(task.getOwner());
    }

    public List<OnboardingTask> open() {
        return tasks.stream().filter(t -> !t.isFinished()).toList();
    }

    public List<OnboardingTask> finished() {
        return tasks.stream().filter(OnboardingTask::isFinished).toList();
    }

    public int percentDone() {
        return tasks.isEmpty() ? 0 : finished().size() * 100 / tasks.size();
    }

    /** The newer template version a started plan could take on, if there is one. */
    public Optional<Integer> newerTemplate() {
        int current = tasks.stream().map(OnboardingTask::getTemplateVersion).filter(Objects::nonNull)
                .max(Integer::compare).orElse(latestTemplate);
        return current < latestTemplate ? Optional.of(latestTemplate) : Optional.empty();
    }
}
