package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** What supervision is about (seed 001: supervisie on content, or on the personal side of the work). */
public enum SupervisionFocus {
    CONTENT, PERSONAL, BOTH;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.supervision_focus." + name().toLowerCase(Locale.ROOT);
    }
}
