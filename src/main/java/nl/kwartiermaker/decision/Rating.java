package nl.kwartiermaker.decision;

import java.util.Locale;

/** How well a precondition is met, from not at all to firmly in place. */
public enum Rating {
    ONVOLDOENDE, TWIJFELACHTIG, VOLDOENDE, STERK;

    public String labelKey() {
        return "decision.rating." + name().toLowerCase(Locale.ROOT);
    }
}
