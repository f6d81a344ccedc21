package nl.kwartiermaker.mentoring;

import java.util.Locale;

/**
 * Themes that often come up in intervision, offered as suggestions for a session (seed 001, Fase 2, "Regel een
 * maatje/mentor, coaching, intervisie en supervisie": "Veelvoorkomende thema's in de intervisie zijn: omgaan met
 * stress en kwetsbaarheid, afstand en nabijheid, grenzen bewaken, ontdekken van de eigen rol en samenwerking met
 * (andere) professionals", after Van Erp et al. 2019). A session's theme is free text; these only help.
 */
public enum IntervisionTheme {
    STRESS_AND_VULNERABILITY, DISTANCE_AND_CLOSENESS, GUARDING_BOUNDARIES, OWN_ROLE, WORKING_WITH_PROFESSIONALS;

    /** Where the suggestions come from, as the page names it. */
    public static final String SOURCE = IntervisionGroup.SOURCE;

    /** i18n key of the theme in words. */
    public String labelKey() {
        return "mentoring.intervision.theme." + name().toLowerCase(Locale.ROOT);
    }
}
