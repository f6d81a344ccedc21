package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * A sub-assignment (deelopdracht) for one municipality or for the region (no partner): seed 003 steers the pool not
 * on KPIs but on sub-assignments, each with its goals, a way of monitoring, a frequency and a way of accounting.
 */
@Entity
@Table(name = "pool_sub_assignment")
public class SubAssignment extends AuditedEntity {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null for a regional sub-assignment. */
    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "goals", nullable = false, length = TEXT_MAX)
    private String goals = "";

    @Column(name = "monitoring", nullable = false, length = TEXT_MAX)
    private String monitoring = "";

    @Column(name = "frequency", nullable = false, length = TEXT_MAX)
    private String frequency = "";

    @Column(name = "accounting", nullable = false, length = TEXT_MAX)
    private String accounting = "";

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "hours", nullable = false)
    private int hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SubAssignmentStatus status = SubAssignmentStatus.PLANNED;

    protected SubAssignment() {
    }

    public SubAssignment(Long partnerId, String title) {
        this.partnerId = partnerId;
        this.title = title;
    }

    public void describe(String title, String goals, String monitoring, String frequency, String accounting,
                         LocalDate startsOn, LocalDate endsOn, int hours) {
        this.title = title.strip();
        this.goals = goals == null ? "" : goals.strip();
        this.monitoring = monitoring == null ? "" : monitoring.strip();
        this.frequency = frequency == null ? "" : frequency.strip();
        this.accounting = accounting == null ? "" : accounting.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.hours = hours;
    }

    /** Moves the sub-assignment to another municipality, or to the region ({@code partnerId} null). */
    public void belongTo(Long partnerId) {
        this.partnerId = partnerId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public boolean isRegional() {
        return partnerId == null;
    }

    public String getTitle() {
        return title;
    }

    public String getGoals() {
        return goals;
    }

    public String getMonitoring() {
        return monitoring;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getAccounting() {
        return accounting;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** Hours agreed for the whole sub-assignment. */
    public int getHours() {
        return hours;
    }

    public SubAssignmentStatus getStatus() {
        return status;
    }

    public void moveTo(SubAssignmentStatus status) {
        this.status = status;
    }
}
