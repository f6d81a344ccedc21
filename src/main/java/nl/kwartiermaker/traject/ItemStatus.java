package nl.kwartiermaker.traject;

import java.util.Locale;

/** A checklist item's state. "Not applicable" needs a reason, so skipping a step is a decision on record. */
public enum ItemStatus {
    OPEN, BEZIG, GEREED, NVT;

    public boolean isDone() {
        return this == GEREED || this == NVT;
    }

    public String labelKey() {
        return "traject.status." + name().toLowerCase(Locale.ROOT);
    }
}
