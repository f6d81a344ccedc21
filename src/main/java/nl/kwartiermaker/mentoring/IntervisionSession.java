package nl.kwartiermaker.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * One meeting of an intervision group: when and where, the theme (seed 001 suggests some) and who attended.
 */
@Entity
@Table(name = "mentoring_intervision_session")
public class IntervisionSession extends AuditedEntity {

    public static final int LOCATION_MAX = 200;
    public static final int THEME_MAX = 200;
    public static final int MINUTES_MIN = 15;
    public static final int MINUTES_MAX = 480;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    /** Local time in Europe/Amsterdam. */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "location", nullable = false, length = LOCATION_MAX)
    private String location = "";

    @Column(name = "theme", nullable = false, length = THEME_MAX)
    private String theme = "";

    @Column(name = "invitations_sent_at")
    private Instant invitationsSentAt;

    /** Null until the facilitator or coordinator recorded who was there (possibly nobody). */
    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    /** The members who were there, recorded after the meeting. */
    @ElementCollection
    @CollectionTable(name = "mentoring_intervision_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> presentIds = new HashSet<>();

    protected IntervisionSession() {
    }

    IntervisionSession(long groupId, LocalDateTime startsAt, int durationMinutes) {
        this.groupId = groupId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public String getTheme() {
        return theme;
    }

    public Instant getInvitationsSentAt() {
        return invitationsSentAt;
    }

    public Set<Long> getPresentIds() {
        return Set.copyOf(presentIds);
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    void apply(LocalDateTime startsAt, int durationMinutes, String location, String theme) {
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
        this.theme = theme;
    }

    void invitationsSent(Instant at) {
        this.invitationsSentAt = at;
    }

    void recordAttendance(Set<Long> present, Instant at) {
        this.presentIds.clear();
        this.presentIds.addAll(present);
        this.attendanceRecordedAt = at;
    }
}
