package nl.kwartiermaker.mentoring;

import java.util.List;

/**
 * A version of the onboarding plan written from the seeds (resource {@code mentoring/onboarding-v<N>.yaml}). Keys
 * identify a task across versions, so a newer version can add what a running plan does not have yet.
 */
public record OnboardingTemplate(int version, List<Task> tasks) {

    /** One task; {@code dueOffsetDays} counts from the expert's start date and is negative before it. */
    public record Task(String key, String title, String explanation, TaskOwner owner, int dueOffsetDays,
                       String source) {
    }
}
