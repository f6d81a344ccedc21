package nl.kwartiermaker.roledescription;

import java.util.Locale;

/**
 * The three core tasks of an expert by experience in the Beroepscompetentieprofiel Ervaringsdeskundigheid (seed 002,
 * Kerntaken; seed 003, profile of the pool's experts).
 */
public enum CoreTask {
    INDIVIDUAL_RECOVERY, RECOVERY_ORIENTED_SUPPORT, SOCIAL_OPPORTUNITIES;

    public String labelKey() {
        return "roledesc.coretask." + name().toLowerCase(Locale.ROOT);
    }
}
