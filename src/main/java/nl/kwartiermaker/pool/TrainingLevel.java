package nl.kwartiermaker.pool;

import java.util.Locale;

/**
 * An expert's training as the pool asks it (seed 003: at least mbo level, or willing to follow that training). Higher
 * training counts as meeting the requirement.
 */
public enum TrainingLevel {
    HBO, MBO, IN_TRAINING, WILLING, NOT_YET;

    /** Whether the expert meets the pool's requirement: mbo or higher, following it, or willing to follow it. */
    public boolean meetsRequirement() {
        return this != NOT_YET;
    }

    public String labelKey() {
        return "pool.training." + name().toLowerCase(Locale.ROOT);
    }
}
