package nl.kwartiermaker.traject;

/** How far a stage's checklist is: done counts items that are ready or not applicable. */
public record PhaseProgress(Stage stage, long total, long done, long overdue, long unassigned) {

    /** Steps neither done nor set aside with a reason. */
    public long open() {
        return total - done;
    }

    /**
     * The one rule for "this stage is done" (decision 0004, "Phase guidance"): every step is done or marked not
     * applicable with a reason. Every step of the checklist counts as required.
     */
    public boolean complete() {
        return done >= total;
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }

    PhaseProgress plus(PhaseProgress other) {
        return new PhaseProgress(stage, total + other.total, done + other.done, overdue + other.overdue,
                unassigned + other.unassigned);
    }
}
