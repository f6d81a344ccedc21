package nl.kwartiermaker.pool;

import java.util.Locale;

/** Where a sub-assignment (deelopdracht) stands. */
public enum SubAssignmentStatus {
    PLANNED, RUNNING, FINISHED, STOPPED;

    public String labelKey() {
        return "pool.sub.status." + name().toLowerCase(Locale.ROOT);
    }
}
