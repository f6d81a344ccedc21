package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.base.InvalidInput;
import org.hibernate.Length;

/**
 * A half-yearly report of the pool (seed 003: "halfjaarlijkse schriftelijke rapportages" on a–e) for one municipality,
 * or for the region when it has no partner. The figures of a draft are read live; the coordinator's own texts are
 * parts c (observed added value), d (trends and developments) and e (other, project-specific results). Once finalised
 * nothing in it changes: every change goes through {@link #requireDraft()}.
 */
@Entity
@Table(name = "pool_report")
public class PoolReport extends AuditedEntity {

    public static final int TEXT_MAX = 10_000;
    /** The value of {@code scope} for the region's report: partner ids start at 1. */
    static final long REGION = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null for the region's report. */
    @Column(name = "partner_id")
    private Long partnerId;

    /** The partner's id, or {@link #REGION}: one report per scope and half-year, also for the region. */
    @Column(name = "scope", nullable = false)
    private long scope;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_half", nullable = false)
    private int half;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PoolReportStatus status = PoolReportStatus.DRAFT;

    @Lob
    @Column(name = "added_value", nullable = false, length = Length.LONG32)
    private String addedValue = "";

    @Lob
    @Column(name = "trends", nullable = false, length = Length.LONG32)
    private String trends = "";

    @Lob
    @Column(name = "other_results", nullable = false, length = Length.LONG32)
    private String otherResults = "";

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    /** The name of who finalised it, as it was then. */
    @Column(name = "finalised_by", length = 200)
    private String finalisedBy;

    protected PoolReport() {
    }

    PoolReport(Long partnerId, PoolPeriod period) {
        this.partnerId = partnerId;
        this.scope = partnerId == null ? REGION : partnerId;
        this.year = period.year();
        this.half = period.half();
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

    public PoolPeriod period() {
        return new PoolPeriod(year, half);
    }

    public PoolReportStatus getStatus() {
        return status;
    }

    public boolean isFinal() {
        return status == PoolReportStatus.FINAL;
    }

    public String getAddedValue() {
        return addedValue;
    }

    public String getTrends() {
        return trends;
    }

    public String getOtherResults() {
        return otherResults;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    /** The coordinator's texts for parts c, d and e. */
    public PoolReportTexts texts() {
        return new PoolReportTexts(addedValue, trends, otherResults);
    }

    void write(PoolReportTexts texts) {
        requireDraft();
        this.addedValue = texts.addedValue();
        this.trends = texts.trends();
        this.otherResults = texts.otherResults();
    }

    void finalise(Instant at, String by) {
        requireDraft();
        this.status = PoolReportStatus.FINAL;
        this.finalisedAt = at;
        this.finalisedBy = by;
    }

    /** Erasure of whoever finalised it: the report stays as issued, under the pseudonym. */
    void finalisedBy(String pseudonym) {
        this.finalisedBy = pseudonym;
    }

    /** A finalised report is kept as issued: no text changes and no second finalising. */
    void requireDraft() {
        if (isFinal()) {
            throw new InvalidInput("pool.reports.error.final");
        }
    }
}
