package nl.kwartiermaker.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;
import org.hibernate.Length;

/**
 * A goal in an expert's growth plan (groeiplan), with the actions towards it and when to look at it again. Owned by
 * the expert and shared with their mentor; the coordinator sees only that a plan exists and when it was last reviewed.
 */
@Entity
@Table(name = "mentoring_growth_goal")
public class GrowthGoal extends AuditedEntity {

    public static final int GOAL_MAX = 500;
    public static final int ACTIONS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "goal", nullable = false, length = GOAL_MAX)
    private String goal;

    @Lob
    @Column(name = "actions", nullable = false, length = Length.LONG32)
    private String actions = "";

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private GoalStatus status = GoalStatus.ACTIVE;

    protected GrowthGoal() {
    }

    GrowthGoal(long personId, int position, String goal) {
        this.personId = personId;
        this.position = position;
        this.goal = goal;
    }

    void apply(GoalForm form) {
        this.goal = form.goal();
        this.actions = form.actions();
        this.reviewOn = form.reviewOn();
        this.status = form.status();
    }

    void markReviewed(LocalDate today) {
        this.lastReviewedOn = today;
    }

    /** Its review date has come and nobody has looked at it since: a task for the expert. */
    public boolean isReviewDue(LocalDate today) {
        return status == GoalStatus.ACTIVE && reviewOn != null && !reviewOn.isAfter(today)
                && (lastReviewedOn == null || lastReviewedOn.isBefore(reviewOn));
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public int getPosition() {
        return position;
    }

    public String getGoal() {
        return goal;
    }

    public String getActions() {
        return actions;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public GoalStatus getStatus() {
        return status;
    }
}
