package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The sums and lists a half-yearly report reads, each in one statement for the whole pool; the report narrows them to
 * its municipality. Weeks count in the period their Monday falls in, as {@link FairShareService} counts them.
 */
interface ReportFiguresRepository extends Repository<RealisedHours, Long> {

    @Query("""
            select new nl.kwartiermaker.pool.PartnerWeekHours(h.partnerId, h.weekStart, sum(h.hours))
            from RealisedHours h where h.weekStart between :from and :until group by h.partnerId, h.weekStart""")
    List<PartnerWeekHours> hoursPerPartnerAndWeek(LocalDate from, LocalDate until);

    @Query("""
            select new nl.kwartiermaker.pool.PartnerThemeReach(h.partnerId, h.theme, sum(h.residentsReached),
            sum(h.hours)) from RealisedHours h where h.weekStart between :from and :until
            group by h.partnerId, h.theme""")
    List<PartnerThemeReach> reachPerPartnerAndTheme(LocalDate from, LocalDate until);

    @Query("""
            select new nl.kwartiermaker.pool.DeploymentHours(h.deploymentId, sum(h.hours)) from RealisedHours h
            where h.weekStart between :from and :until group by h.deploymentId""")
    List<DeploymentHours> hoursPerDeployment(LocalDate from, LocalDate until);

    @Query("select d from Deployment d where d.startsOn <= :until and d.endsOn >= :from order by d.startsOn, d.id")
    List<Deployment> deploymentsOverlapping(LocalDate from, LocalDate until);

    @Query("select r from DeploymentRequest r where r.id in :ids")
    List<DeploymentRequest> requests(Collection<Long> ids);

    @Query("""
            select s from SubAssignment s where s.startsOn <= :until and s.endsOn >= :from
            order by s.startsOn, s.id""")
    List<SubAssignment> subAssignmentsOverlapping(LocalDate from, LocalDate until);

    @Query("""
            select a from RegionalActivity a where a.startsOn <= :until and (a.endsOn is null or a.endsOn >= :from)
            order by a.startsOn, a.id""")
    List<RegionalActivity> activitiesOverlapping(LocalDate from, LocalDate until);

    @Query("""
            select p from SubAssignmentProgress p where p.writtenOn between :from and :until
            order by p.writtenOn, p.id""")
    List<SubAssignmentProgress> progressWritten(LocalDate from, LocalDate until);

    @Query("select s from SubAssignment s where s.id in :ids")
    List<SubAssignment> subAssignments(Collection<Long> ids);
}
