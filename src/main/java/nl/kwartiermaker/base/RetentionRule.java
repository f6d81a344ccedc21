package nl.kwartiermaker.base;

import java.time.Instant;

/**
 * One kind of data that must not stay forever, with how it is removed or blanked. Each feature implements it for its
 * own tables (a package-private bean), so this module never knows them; {@link RetentionJob} runs every rule each
 * night with the period configured under {@code kwartiermaker.retention.<dataType>} (docs/retention.md).
 */
public interface RetentionRule {

    /** The property name under {@code kwartiermaker.retention.}, e.g. {@code check-in-notes}. */
    String dataType();

    /**
     * Removes or blanks what became older than {@code cutoff}, in one bulk statement per table (never by loading the
     * rows), in a transaction of its own.
     *
     * @return how many rows were removed or blanked
     */
    int purge(Instant cutoff);
}
