package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * An expert deployed on a request: planned hours per week over a period, and why the coordinator chose them. The
 * partner is copied from the request so that planning sums hours per municipality without a join.
 */
@Entity
@Table(name = "pool_deployment")
public class Deployment extends AuditedEntity {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason = "";

    @Column(name = "ended", nullable = false)
    private boolean ended;

    protected Deployment() {
    }

    public Deployment(long requestId, long partnerId, long expertId, int hoursPerWeek, LocalDate startsOn,
                      LocalDate endsOn, String reason) {
        this.requestId = requestId;
        this.partnerId = partnerId;
        this.expertId = expertId;
        this.hoursPerWeek = hoursPerWeek;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason == null ? "" : reason.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getExpertId() {
        return expertId;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public boolean isEnded() {
        return ended;
    }

    /** Ends the deployment early (from {@code lastDay} on it plans no more hours); realised hours stay. */
    public void end(LocalDate lastDay) {
        this.ended = true;
        if (lastDay.isBefore(endsOn)) {
            this.endsOn = lastDay.isBefore(startsOn) ? startsOn : lastDay;
        }
    }

    /** Whether the deployment plans hours in the week starting on {@code monday}. */
    public boolean plansWeek(LocalDate monday) {
        return plansWeek(startsOn, endsOn, monday);
    }

    /**
     * Whether a deployment from {@code startsOn} to {@code endsOn} plans hours in the week starting on {@code monday}:
     * any day of the week in the deployment counts the week's hours (the one rule, also for planning read as rows).
     */
    public static boolean plansWeek(LocalDate startsOn, LocalDate endsOn, LocalDate monday) {
        return !monday.plusDays(6).isBefore(startsOn) && !monday.isAfter(endsOn);
    }
}
