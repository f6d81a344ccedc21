package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours a deployment realised, week by week (weeks start on Monday), with the number of residents reached and the
 * theme — counts only, never who (seed 003's half-yearly report a). The coordinator records a week; recording the same
 * week again corrects it.
 */
@Service
@Transactional(readOnly = true)
public class RealisedHoursService {

    /** More than this in one week is no longer a working week, and is sure to be a slip. */
    public static final BigDecimal HOURS_MAX = new BigDecimal("60");
    /** Residents reached in one week: a large meeting, never a register of people. */
    public static final int RESIDENTS_MAX = 1000;

    /** One week's figures as the coordinator fills them in; any day of the week stands for the week. */
    public record WeekFigures(LocalDate week, BigDecimal hours, Integer residentsReached, ExperienceTheme theme) {
    }

    private final DeploymentRepository deployments;
    private final RealisedHoursRepository hours;
    private final PortalTime time;

    RealisedHoursService(DeploymentRepository deployments, RealisedHoursRepository hours, PortalTime time) {
        this.deployments = deployments;
        this.hours = hours;
        this.time = time;
    }

    /**
     * Records a week of a deployment, or corrects it when it was recorded before. Refused: a week outside the
     * deployment's period or still to come, negative figures, more than {@link #HOURS_MAX} hours, more than one
     * decimal.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public RealisedHours record(long deploymentId, WeekFigures figures) {
        Deployment deployment = deployments.findById(deploymentId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        require(figures.week() != null, "pool.deploy.hours.error.week");
        LocalDate monday = PlannedHours.monday(figures.week());
        require(deployment.plansWeek(monday), "pool.deploy.hours.error.outside",
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_BASED_YEAR));
        require(!monday.isAfter(time.today()), "pool.deploy.hours.error.future");
        BigDecimal worked = figures.hours();
        require(worked != null, "pool.deploy.hours.error.hours", HOURS_MAX);
        require(worked.signum() >= 0, "pool.deploy.hours.error.negative");
        require(worked.compareTo(HOURS_MAX) <= 0, "pool.deploy.hours.error.hours", HOURS_MAX);
        require(worked.stripTrailingZeros().scale() <= 1, "pool.deploy.hours.error.decimals");
        Integer residents = figures.residentsReached();
        require(residents != null && residents >= 0, "pool.deploy.hours.error.negative");
        require(residents <= RESIDENTS_MAX, "pool.deploy.hours.error.residents", RESIDENTS_MAX);
        require(figures.theme() != null, "pool.deploy.hours.error.theme");
        RealisedHours week = hours.findByDeploymentIdAndWeekStart(deploymentId, monday)
                .orElseGet(() -> new RealisedHours(deployment, monday));
        week.record(worked.setScale(1), residents, figures.theme());
        return hours.saveAndFlush(week);
    }
}
