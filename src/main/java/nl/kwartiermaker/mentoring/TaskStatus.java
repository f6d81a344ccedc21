package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** The state of an onboarding task. */
public enum TaskStatus {
    OPEN, DONE, NOT_APPLICABLE;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.task_status." + name().toLowerCase(Locale.ROOT);
    }
}
