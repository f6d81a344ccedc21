package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** Experience of a mentor or buddy in the work itself, as the organisation judges it. */
public enum Seniority {
    STARTING, EXPERIENCED, SENIOR;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.register.seniority." + name().toLowerCase(Locale.ROOT);
    }
}
