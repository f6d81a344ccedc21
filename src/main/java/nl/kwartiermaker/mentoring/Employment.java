package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** How an expert by experience works for the organisation (seed 001: paid work and volunteering are both possible). */
public enum Employment {
    PAID, VOLUNTEER;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.register.employment." + name().toLowerCase(Locale.ROOT);
    }
}
