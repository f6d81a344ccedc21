package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** The two ways to place experts in an organisation (seed 001, Fase 2: positionering). */
public enum Positioning {
    OWN_TEAM, EMBEDDED;

    public String labelKey() {
        return "roledesc.positioning." + name().toLowerCase(Locale.ROOT);
    }
}
