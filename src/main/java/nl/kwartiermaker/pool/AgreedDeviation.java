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
 * A deviation from the key that the partners agreed for one period, with its reason (seed 003: "in onderling overleg
 * … zodat de reële vraag meer leidend is dan de boekhoudkundige verdeling"). A flagged share with an agreed
 * deviation shows as agreed.
 */
@Entity
@Table(name = "pool_agreed_deviation")
public class AgreedDeviation extends AuditedEntity {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "period_half", nullable = false)
    private int periodHalf;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "agreed_by_id", nullable = false)
    private long agreedById;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    protected AgreedDeviation() {
    }

    public AgreedDeviation(long partnerId, PoolPeriod period, String reason, long agreedById, LocalDate agreedOn) {
        this.partnerId = partnerId;
        this.periodYear = period.year();
        this.periodHalf = period.half();
        this.reason = reason.strip();
        this.agreedById = agreedById;
        this.agreedOn = agreedOn;
    }

    /** The partners agreed anew, with another reason: who recorded it and when move along. */
    public void rephrase(String reason, long agreedById, LocalDate agreedOn) {
        this.reason = reason.strip();
        this.agreedById = agreedById;
        this.agreedOn = agreedOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public PoolPeriod period() {
        return new PoolPeriod(periodYear, periodHalf);
    }

    public String getReason() {
        return reason;
    }

    public long getAgreedById() {
        return agreedById;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }
}
