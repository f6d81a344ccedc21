package nl.kwartiermaker.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * A mentor or buddy for one expert: proposed by the coordinator, accepted or declined by the proposed supporter, then
 * running until it ends. The reasons the portal gave for the suggestion, or the coordinator's reason to choose
 * someone else, are kept with it. Check-ins follow {@code rhythm}.
 */
@Entity
@Table(name = "mentoring_mentorship")
public class Mentorship extends AuditedEntity {

    /** The longest reason (override, decline, end) a person may write; the columns hold 1000 characters. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "supporter_id", nullable = false)
    private long supporterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private SupportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MentorshipStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    /** The coordinator's user account. */
    @Column(name = "proposed_by_id")
    private Long proposedById;

    @Column(name = "suggestion_reasons", nullable = false, length = 1000)
    private String suggestionReasons = "";

    /** Why the coordinator chose someone the portal did not suggest first; empty otherwise. */
    @Column(name = "override_reason", nullable = false, length = 1000)
    private String overrideReason = "";

    /** When the proposed supporter was reminded to answer (once, after 3 days). */
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    /** When the coordinator was told the proposal went unanswered. */
    @Column(name = "coordinator_told_at")
    private Instant coordinatorToldAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decline_reason", nullable = false, length = 1000)
    private String declineReason = "";

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", nullable = false, length = 1000)
    private String endReason = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "rhythm", nullable = false, length = 20)
    private CheckInRhythm rhythm = CheckInRhythm.MONTHLY;

    /** The due date of the check-in a reminder mail went out for, so that each overdue check-in is mailed once. */
    @Column(name = "reminder_sent_for_due")
    private LocalDate reminderSentForDue;

    protected Mentorship() {
    }

    Mentorship(long expertId, long supporterId, SupportKind kind, Instant proposedAt, Long proposedById) {
        this.expertId = expertId;
        this.supporterId = supporterId;
        this.kind = kind;
        this.status = MentorshipStatus.PROPOSED;
        this.proposedAt = proposedAt;
        this.proposedById = proposedById;
    }

    /** A proposal with the portal's reasons for the suggestion and, when the coordinator chose otherwise, theirs. */
    Mentorship(long expertId, long supporterId, SupportKind kind, Instant proposedAt, Long proposedById,
               String suggestionReasons, String overrideReason) {
        this(expertId, supporterId, kind, proposedAt, proposedById);
        this.suggestionReasons = suggestionReasons;
        this.overrideReason = overrideReason;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getExpertId() {
        return expertId;
    }

    public long getSupporterId() {
        return supporterId;
    }

    public SupportKind getKind() {
        return kind;
    }

    public MentorshipStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Long getProposedById() {
        return proposedById;
    }

    public String getSuggestionReasons() {
        return suggestionReasons;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getCoordinatorToldAt() {
        return coordinatorToldAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public CheckInRhythm getRhythm() {
        return rhythm;
    }

    public LocalDate getReminderSentForDue() {
        return reminderSentForDue;
    }

    /** The supporter accepted: the mentorship runs from {@code startedOn}. */
    void activate(LocalDate startedOn, Instant answeredAt) {
        this.status = MentorshipStatus.ACTIVE;
        this.startedOn = startedOn;
        this.answeredAt = answeredAt;
    }

    /** Still waiting for an answer or running: it holds a place in the supporter's capacity. */
    public boolean isCurrent() {
        return status == MentorshipStatus.PROPOSED || status == MentorshipStatus.ACTIVE;
    }

    void decline(String reason, Instant answeredAt) {
        this.status = MentorshipStatus.DECLINED;
        this.declineReason = reason;
        this.answeredAt = answeredAt;
    }

    void withdraw() {
        this.status = MentorshipStatus.WITHDRAWN;
    }

    void end(LocalDate endedOn, String reason) {
        this.status = MentorshipStatus.ENDED;
        this.endedOn = endedOn;
        this.endReason = reason;
    }

    /** Erasure of either person: the reasons given are free texts about them. */
    void forgetReasons() {
        suggestionReasons = "";
        overrideReason = "";
        declineReason = "";
        endReason = "";
    }

    void changeRhythm(CheckInRhythm rhythm) {
        this.rhythm = rhythm;
    }

    void reminderSent(Instant at) {
        this.reminderSentAt = at;
    }

    void coordinatorTold(Instant at) {
        this.coordinatorToldAt = at;
    }

    void checkInReminderSent(LocalDate due) {
        this.reminderSentForDue = due;
    }
}
