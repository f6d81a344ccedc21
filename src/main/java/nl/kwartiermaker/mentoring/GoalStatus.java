package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** The state of a goal in a growth plan. */
public enum GoalStatus {
    ACTIVE, ACHIEVED, STOPPED;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.goal_status." + name().toLowerCase(Locale.ROOT);
    }
}
