package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/**
 * Hours an expert worked on a deployment in one week (starting Monday), with how many residents were reached and on
 * what theme: counts only, never who. Partner and expert are copied from the deployment for the planning's sums.
 */
@Entity
@Table(name = "pool_hours")
public class RealisedHours extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_id", nullable = false)
    private long deploymentId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "residents_reached", nullable = false)
    private int residentsReached;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 40)
    private ExperienceTheme theme;

    protected RealisedHours() {
    }

    public RealisedHours(Deployment deployment, LocalDate weekStart) {
        this.deploymentId = deployment.getId();
        this.partnerId = deployment.getPartnerId();
        this.expertId = deployment.getExpertId();
        this.weekStart = weekStart;
    }

    public void record(BigDecimal hours, int residentsReached, ExperienceTheme theme) {
        this.hours = hours;
        this.residentsReached = residentsReached;
        this.theme = theme;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getDeploymentId() {
        return deploymentId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getExpertId() {
        return expertId;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public int getResidentsReached() {
        return residentsReached;
    }

    public ExperienceTheme getTheme() {
        return theme;
    }
}
