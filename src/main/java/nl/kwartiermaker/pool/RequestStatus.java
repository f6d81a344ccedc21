package nl.kwartiermaker.pool;

import java.util.Locale;

/** Where a municipality's deployment request stands. */
public enum RequestStatus {
    /** Waiting for the coordinator to assign an expert. */
    OPEN,
    /** At least one expert is deployed on it. */
    ASSIGNED,
    /** The period is over or the municipality and coordinator closed it. */
    CLOSED,
    /** The municipality no longer needs it. */
    WITHDRAWN;

    public String labelKey() {
        return "pool.request.status." + name().toLowerCase(Locale.ROOT);
    }
}
