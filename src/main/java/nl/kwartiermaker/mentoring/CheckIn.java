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
 * One meeting of a mentor or buddy with their expert, logged by either of them: when, how, the topics, the one goal
 * being worked on (seed 000 tip 7: one goal at a time) and the actions agreed. {@code notes} is sensitive: only the
 * expert, the supporter and the coordinator may read it.
 */
@Entity
@Table(name = "mentoring_check_in")
public class CheckIn extends AuditedEntity {

    public static final int TOPICS_MAX = 1000;
    public static final int GOAL_MAX = 500;
    /** The clob columns hold more; a check-in's actions and notes are a few paragraphs at most. */
    public static final int ACTIONS_MAX = 4000;
    public static final int NOTES_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentorship_id", nullable = false)
    private long mentorshipId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 20)
    private CheckInForm form;

    @Column(name = "topics", nullable = false, length = 1000)
    private String topics = "";

    @Column(name = "goal", nullable = false, length = 500)
    private String goal = "";

    /** LONG32: a clob column on MariaDB is longtext, which a plain @Lob String does not validate against. */
    @Lob
    @Column(name = "agreed_actions", nullable = false, length = Length.LONG32)
    private String agreedActions = "";

    @Lob
    @Column(name = "notes", nullable = false, length = Length.LONG32)
    private String notes = "";

    /** The user account of whoever logged it. */
    @Column(name = "logged_by_id", nullable = false)
    private long loggedById;

    protected CheckIn() {
    }

    CheckIn(long mentorshipId, LocalDate heldOn, CheckInForm form, long loggedById) {
        this.mentorshipId = mentorshipId;
        this.heldOn = heldOn;
        this.form = form;
        this.loggedById = loggedById;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMentorshipId() {
        return mentorshipId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public CheckInForm getForm() {
        return form;
    }

    public String getTopics() {
        return topics;
    }

    public String getGoal() {
        return goal;
    }

    public String getAgreedActions() {
        return agreedActions;
    }

    public String getNotes() {
        return notes;
    }

    public long getLoggedById() {
        return loggedById;
    }

    void write(LocalDate heldOn, CheckInForm form, String topics, String goal, String agreedActions, String notes) {
        this.heldOn = heldOn;
        this.form = form;
        this.topics = topics;
        this.goal = goal;
        this.agreedActions = agreedActions;
        this.notes = notes;
    }
}
