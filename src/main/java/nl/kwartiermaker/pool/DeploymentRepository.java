package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeploymentRepository extends JpaRepository<Deployment, Long> {

    List<Deployment> findByRequestIdOrderByIdAsc(long requestId);

    List<Deployment> findByExpertIdOrderByStartsOnAsc(long expertId);

    /** Deployments that plan hours somewhere between the two days, for the planning and for the hours check. */
    @Query("select d from Deployment d where d.startsOn <= :until and d.endsOn >= :from")
    List<Deployment> overlapping(LocalDate from, LocalDate until);

    @Query("select d from Deployment d where d.expertId = :expertId and d.startsOn <= :until and d.endsOn >= :from")
    List<Deployment> overlappingForExpert(long expertId, LocalDate from, LocalDate until);

    /**
     * The planning's deployments between the two days, with the expert's register entry, in one statement: of one
     * partner (or all when null) and of one theme of the request (or all when null).
     */
    @Query("""
            select new nl.kwartiermaker.pool.PlannedSpan(d.expertId, e.personId, d.hoursPerWeek, d.startsOn, d.endsOn)
            from Deployment d join PoolExpert e on e.id = d.expertId join DeploymentRequest r on r.id = d.requestId
            where d.startsOn <= :until and d.endsOn >= :from
            and (:partnerId is null or d.partnerId = :partnerId) and (:theme is null or r.theme = :theme)""")
    List<PlannedSpan> plannedSpans(LocalDate from, LocalDate until, Long partnerId, ExperienceTheme theme);
}
