package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool's work in 2097 and 2098, the half-yearly reports' test years, written straight through the repositories:
 * hours, deployments, sub-assignments with progress, regional activities. {@link #clear()} removes everything of those
 * two years first, so that sums are each test's own, also on a MariaDB that keeps rows between runs.
 */
@Component
public class PoolReportFixture {

    static final LocalDate FIRST = LocalDate.of(2097, 1, 1);
    static final LocalDate LAST = LocalDate.of(2098, 12, 31);

    private final PoolPartnerRepository partners;
    private final PoolExpertRepository experts;
    private final DeploymentRequestRepository requests;
    private final DeploymentRepository deployments;
    private final RealisedHoursRepository hours;
    private final SubAssignmentRepository subAssignments;
    private final SubAssignmentProgressRepository progress;
    private final RegionalActivityRepository activities;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MutableClock clock;

    PoolReportFixture(PoolPartnerRepository partners, PoolExpertRepository experts,
                      DeploymentRequestRepository requests, DeploymentRepository deployments,
                      RealisedHoursRepository hours, SubAssignmentRepository subAssignments,
                      SubAssignmentProgressRepository progress, RegionalActivityRepository activities,
                      JdbcTemplate jdbc, TransactionTemplate transaction, MutableClock clock) {
        this.partners = partners;
        this.experts = experts;
        this.requests = requests;
        this.deployments = deployments;
        this.hours = hours;
        this.subAssignments = subAssignments;
        this.progress = progress;
        this.activities = activities;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Removes the reports and the pool's work of 2097 and 2098. */
    public void clear() {
        jdbc.update("delete from pool_report_issue where report_id in "
                + "(select id from pool_report where period_year between 2097 and 2098)");
        jdbc.update("delete from pool_report where period_year between 2097 and 2098");
        jdbc.update("delete from pool_hours where week_start between ? and ?", FIRST, LAST);
        jdbc.update("delete from pool_deployment where starts_on between ? and ?", FIRST, LAST);
        jdbc.update("delete from pool_request where starts_on between ? and ?", FIRST, LAST);
        jdbc.update("delete from pool_sub_progress where sub_assignment_id in "
                + "(select id from pool_sub_assignment where starts_on between ? and ?)", FIRST, LAST);
        jdbc.update("delete from pool_sub_assignment where starts_on between ? and ?", FIRST, LAST);
        jdbc.update("delete from pool_regional_activity where starts_on between ? and ?", FIRST, LAST);
    }

    /** Moves the portal's clock to noon of {@code day} (only forward; each test starts at the real time). */
    public void today(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(PortalTime.ZONE).toInstant()));
    }

    public long partner(String name) {
        return partners.findAllByOrderByNameAsc().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    /** The first Monday on or after {@code day}. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /**
     * An expert deployed in {@code partner} from {@code firstMonday} for {@code weeks} weeks of {@code perWeek} hours,
     * reaching {@code residents} residents a week on {@code theme}; returns the hours rows' deployment id.
     */
    public long worked(String partner, ExperienceTheme theme, PoolRole role, String place, LocalDate firstMonday,
                       int weeks, String perWeek, int residents) {
        return transaction.execute(s -> {
            PoolExpert expert = experts.save(new PoolExpert(-System.nanoTime()));
            DeploymentRequest request = new DeploymentRequest(partner(partner), 1);
            request.describe(theme, role, place, weeks * 10, firstMonday, firstMonday.plusWeeks(weeks).minusDays(1),
                    "", null);
            request = requests.save(request);
            Deployment deployment = deployments.save(new Deployment(request.getId(), request.getPartnerId(),
                    expert.getId(), 10, request.getStartsOn(), request.getEndsOn(), "Past bij de vraag"));
            for (int week = 0; week < weeks; week++) {
                RealisedHours realised = new RealisedHours(deployment, firstMonday.plusWeeks(week));
                realised.record(new BigDecimal(perWeek), residents, theme);
                hours.save(realised);
            }
            return deployment.getId();
        });
    }

    /** Corrects the hours of one week of a deployment afterwards. */
    public void correct(long deploymentId, LocalDate week, String newHours) {
        transaction.executeWithoutResult(s -> {
            RealisedHours realised = hours.findByDeploymentIdAndWeekStart(deploymentId, week).orElseThrow();
            realised.record(new BigDecimal(newHours), realised.getResidentsReached(), realised.getTheme());
            hours.save(realised);
        });
    }

    /** A sub-assignment of {@code partner} (null: regional), with one progress line written on {@code noteOn}. */
    public long subAssignment(String partner, String title, LocalDate from, LocalDate until, LocalDate noteOn,
                              String note) {
        return transaction.execute(s -> {
            SubAssignment sub = new SubAssignment(partner == null ? null : partner(partner), title);
            sub.describe(title, "Doelen", "Gesprekken", "Elk kwartaal", "In de rapportage", from, until, 40);
            sub.moveTo(SubAssignmentStatus.RUNNING);
            sub = subAssignments.save(sub);
            progress.save(new SubAssignmentProgress(sub.getId(), noteOn, note, 1));
            return sub.getId();
        });
    }

    public void activity(String title, LocalDate from, LocalDate until, Set<ExperienceTheme> themes) {
        transaction.executeWithoutResult(s -> {
            RegionalActivity activity = new RegionalActivity(title);
            activity.describe(title, "", themes, from, until);
            activities.save(activity);
        });
    }
}
