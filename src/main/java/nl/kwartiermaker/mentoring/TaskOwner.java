package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** Who carries out an onboarding task. */
public enum TaskOwner {
    EXPERT, MENTOR, COORDINATOR, TEAM_LEAD, HR;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.task_owner." + name().toLowerCase(Locale.ROOT);
    }
}
