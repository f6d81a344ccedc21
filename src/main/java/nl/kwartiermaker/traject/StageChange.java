package nl.kwartiermaker.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A traject moved from one stage to the next: who moved it, when, and how many steps of the stage it left were still
 * open (decision 0004, "Phase guidance"). Moving on with open steps is allowed after a confirmation; this record is
 * what the traject's history shows of it. Never changed.
 */
@Entity
@Immutable
@Table(name = "traject_stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "traject_id", nullable = false)
    private long trajectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 20)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private Stage toStage;

    @Column(name = "open_steps", nullable = false)
    private int openSteps;

    @Column(name = "changed_by_id", nullable = false)
    private long changedById;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StageChange() {
    }

    StageChange(long trajectId, Stage fromStage, Stage toStage, int openSteps, long changedById, Instant changedAt) {
        this.trajectId = trajectId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.openSteps = openSteps;
        this.changedById = changedById;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getTrajectId() {
        return trajectId;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Stage getToStage() {
        return toStage;
    }

    /** Steps of the stage left behind that were neither done nor set aside with a reason when it moved on. */
    public int getOpenSteps() {
        return openSteps;
    }

    /** The user who moved it (or recorded the "go" that moved it). */
    public long getChangedById() {
        return changedById;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
