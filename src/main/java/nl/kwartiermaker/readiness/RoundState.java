package nl.kwartiermaker.readiness;

import java.util.Locale;

/** Where a round stands on a given day: answers are taken only while it is open. */
public enum RoundState {
    PLANNED, OPEN, CLOSED;

    public String labelKey() {
        return "scan.state." + name().toLowerCase(Locale.ROOT);
    }
}
