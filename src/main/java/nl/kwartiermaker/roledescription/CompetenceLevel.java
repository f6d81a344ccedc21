package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** How far a competence must be developed for this role: at the start, with some years of practice, as a senior. */
public enum CompetenceLevel {
    BASIS, GEVORDERD, SENIOR;

    public String labelKey() {
        return "roledesc.level." + name().toLowerCase(Locale.ROOT);
    }
}
