package nl.kwartiermaker.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * Supervision for one expert: reflection with a supervisor (who may be an expert by experience too, seed 001), in a
 * rhythm, on content or on the personal side of the work.
 */
@Entity
@Table(name = "mentoring_supervision")
public class SupervisionArrangement extends AuditedEntity {

    public static final int LOCATION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "supervisor_id", nullable = false)
    private long supervisorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "focus", nullable = false, length = 20)
    private SupervisionFocus focus;

    @Enumerated(EnumType.STRING)
    @Column(name = "rhythm", nullable = false, length = 20)
    private CheckInRhythm rhythm;

    /** The next session, local time in Europe/Amsterdam; sent as a calendar invitation. */
    @Column(name = "next_session_at")
    private LocalDateTime nextSessionAt;

    @Column(name = "location", nullable = false, length = LOCATION_MAX)
    private String location = "";

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes = 60;

    /** Counts the sessions planned; with the id it names the next session's calendar invitation. */
    @Column(name = "session_number", nullable = false)
    private int sessionNumber;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected SupervisionArrangement() {
    }

    SupervisionArrangement(long expertId, long supervisorId, SupervisionFocus focus, CheckInRhythm rhythm) {
        this.expertId = expertId;
        this.supervisorId = supervisorId;
        this.focus = focus;
        this.rhythm = rhythm;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getExpertId() {
        return expertId;
    }

    public long getSupervisorId() {
        return supervisorId;
    }

    public SupervisionFocus getFocus() {
        return focus;
    }

    public CheckInRhythm getRhythm() {
        return rhythm;
    }

    public LocalDateTime getNextSessionAt() {
        return nextSessionAt;
    }

    public String getLocation() {
        return location;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public int getSessionMinutes() {
        return sessionMinutes;
    }

    public int getSessionNumber() {
        return sessionNumber;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    void apply(long supervisorId, SupervisionFocus focus, CheckInRhythm rhythm) {
        this.supervisorId = supervisorId;
        this.focus = focus;
        this.rhythm = rhythm;
    }

    /**
     * Plans the next session. Moving a session that has not begun keeps its number, so its invitation replaces the
     * earlier one in the calendar; once the planned session has begun ({@code now} is past it), the next is a new one.
     */
    void planNextSession(LocalDateTime at, int minutes, String location, LocalDateTime now) {
        if (nextSessionAt == null || !nextSessionAt.isAfter(now)) {
            sessionNumber++;
        }
        this.nextSessionAt = at;
        this.sessionMinutes = minutes;
        this.location = location;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }
}
