package nl.kwartiermaker.mentoring;

import java.util.Locale;

/**
 * The two kinds of personal support a new expert gets (seed 000 tip 7): a mentor for the work, a buddy (a fellow
 * expert) for personal support.
 */
public enum SupportKind {
    MENTOR, BUDDY;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.support_kind." + name().toLowerCase(Locale.ROOT);
    }
}
