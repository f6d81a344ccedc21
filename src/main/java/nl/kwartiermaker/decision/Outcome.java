package nl.kwartiermaker.decision;

import java.util.Locale;

/** Go, no-go, or not yet (with conditions and a date to look again). */
public enum Outcome {
    GO, NO_GO, NOT_YET;

    public String labelKey() {
        return "decision.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
