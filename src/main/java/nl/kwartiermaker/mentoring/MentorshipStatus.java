package nl.kwartiermaker.mentoring;

import java.util.Locale;

/**
 * Where a mentorship or buddy arrangement stands: proposed to the supporter, declined or withdrawn, running, or
 * ended.
 */
public enum MentorshipStatus {
    PROPOSED, DECLINED, WITHDRAWN, ACTIVE, ENDED;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.mentorship_status." + name().toLowerCase(Locale.ROOT);
    }
}
