package nl.kwartiermaker.mentoring;

import java.time.LocalDate;

/** What the expert writes about one goal of their growth plan; the review date is optional. */
public record GoalForm(String goal, String actions, LocalDate reviewOn, GoalStatus status) {

    public GoalForm {
        goal = goal == null ? "" : goal.strip();
        actions = actions == null ? "" : actions.strip();
    }
}
