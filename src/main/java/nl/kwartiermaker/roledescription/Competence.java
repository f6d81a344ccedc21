package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** The six competences of the BCP-E 2022, relevant to every expert by experience (seed 000, tip 3). */
public enum Competence {
    RECIPROCAL_CONTACT, METHODS, COLLABORATION, ADVICE, PROFESSIONAL_THINKING, OWN_DEVELOPMENT;

    public String labelKey() {
        return "roledesc.competence." + name().toLowerCase(Locale.ROOT);
    }
}
