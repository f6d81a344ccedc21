package nl.kwartiermaker.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/**
 * A recorded go/no-go decision. It is never changed: a later decision supersedes it and both stay in the history,
 * so the organisation can always see what was decided, by whom and why.
 */
@Entity
@Immutable
@Table(name = "go_no_go_decision")
public class GoNoGoDecision {

    public static final int TEXT_MAX = 4000;
    public static final int MAKERS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "traject_id", nullable = false)
    private long trajectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private Outcome outcome;

    @Column(name = "rationale", nullable = false, length = TEXT_MAX)
    private String rationale;

    @Column(name = "conditions", nullable = false, length = TEXT_MAX)
    private String conditions;

    @Column(name = "decision_makers", nullable = false, length = MAKERS_MAX)
    private String decisionMakers;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Taken while the traject had no closed round of the readiness scan (decision 0004, "Phase guidance"). */
    @Column(name = "without_scan", nullable = false)
    private boolean withoutScan;

    // Every use shows a decision with its assessments and motives. SUBSELECT reads each collection for all the
    // decisions a query returned in one statement, so a history of many decisions costs three statements, not 1 + 2n.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "go_no_go_precondition", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<PreconditionAssessment> preconditions = new ArrayList<>();

    /** Keys of the motives from the motive check that the decision makers said apply. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "go_no_go_motive", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "motive", nullable = false, length = 60)
    private Set<String> motives = new HashSet<>();

    protected GoNoGoDecision() {
    }

    GoNoGoDecision(long trajectId, DecisionForm form, Long supersedesId, String recordedBy, Instant recordedAt,
                   boolean withoutScan) {
        this.withoutScan = withoutScan;
        this.trajectId = trajectId;
        this.outcome = form.outcome();
        this.rationale = form.rationale();
        this.conditions = form.conditions();
        this.decisionMakers = form.decisionMakers();
        this.decidedOn = form.decidedOn();
        this.reviewDate = form.outcome() == Outcome.NOT_YET ? form.reviewDate() : null;
        this.preconditions = new ArrayList<>(form.preconditions());
        this.motives = new HashSet<>(form.motives());
        this.supersedesId = supersedesId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getTrajectId() {
        return trajectId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getRationale() {
        return rationale;
    }

    public String getConditions() {
        return conditions;
    }

    public String getDecisionMakers() {
        return decisionMakers;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /**
     * Whether the decision was taken without a closed round of the readiness scan: allowed, but the decision says so
     * wherever it is shown.
     */
    public boolean isWithoutScan() {
        return withoutScan;
    }

    public List<PreconditionAssessment> getPreconditions() {
        return List.copyOf(preconditions);
    }

    public Set<String> getMotives() {
        return Set.copyOf(motives);
    }
}
