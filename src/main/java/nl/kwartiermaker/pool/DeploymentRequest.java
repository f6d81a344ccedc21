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
import nl.kwartiermaker.mentoring.ExperienceTheme;

/**
 * A municipality asks the pool for an expert: for what theme and role, where, how many hours in which period. No
 * resident is named in it; the description says what is needed, not for whom.
 */
@Entity
@Table(name = "pool_request")
public class DeploymentRequest extends AuditedEntity {

    public static final int PLACE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 40)
    private ExperienceTheme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "pool_role", nullable = false, length = 30)
    private PoolRole role;

    @Column(name = "place", nullable = false, length = PLACE_MAX)
    private String place = "";

    /** Hours in total over the period. */
    @Column(name = "expected_hours", nullable = false)
    private int expectedHours;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "requested_by_id", nullable = false)
    private long requestedById;

    /** The sub-assignment (deelopdracht) this request falls under, if any. */
    @Column(name = "sub_assignment_id")
    private Long subAssignmentId;

    protected DeploymentRequest() {
    }

    public DeploymentRequest(long partnerId, long requestedById) {
        this.partnerId = partnerId;
        this.requestedById = requestedById;
    }

    public void describe(ExperienceTheme theme, PoolRole role, String place, int expectedHours, LocalDate startsOn,
                         LocalDate endsOn, String description, Long subAssignmentId) {
        this.theme = theme;
        this.role = role;
        this.place = place == null ? "" : place.strip();
        this.expectedHours = expectedHours;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.description = description == null ? "" : description.strip();
        this.subAssignmentId = subAssignmentId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public ExperienceTheme getTheme() {
        return theme;
    }

    public PoolRole getRole() {
        return role;
    }

    public String getPlace() {
        return place;
    }

    public int getExpectedHours() {
        return expectedHours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDescription() {
        return description;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void moveTo(RequestStatus status) {
        this.status = status;
    }

    public long getRequestedById() {
        return requestedById;
    }

    public Long getSubAssignmentId() {
        return subAssignmentId;
    }
}
