package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** Paid employment, volunteer work or work as a self-employed expert (seed 001, Fase 2: passende beloning). */
public enum EmploymentType {
    PAID, VOLUNTEER, SELF_EMPLOYED;

    public String labelKey() {
        return "roledesc.employment." + name().toLowerCase(Locale.ROOT);
    }
}
