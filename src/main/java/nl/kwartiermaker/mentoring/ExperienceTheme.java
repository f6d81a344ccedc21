package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** A theme of lived experience, for a person's profile and for matching a mentor or buddy by overlap. */
public enum ExperienceTheme {
    PSYCHISCHE_KWETSBAARHEID, VERSLAVING, DAKLOOSHEID, SCHULDEN_EN_ARMOEDE, HUISELIJK_GEWELD, LICHAMELIJKE_BEPERKING,
    LICHT_VERSTANDELIJKE_BEPERKING, CHRONISCHE_ZIEKTE, JEUGDHULP, DETENTIE, MANTELZORG;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.register.theme." + name().toLowerCase(Locale.ROOT);
    }
}
