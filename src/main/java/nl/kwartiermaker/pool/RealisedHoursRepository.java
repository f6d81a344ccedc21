package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RealisedHoursRepository extends JpaRepository<RealisedHours, Long> {

    Optional<RealisedHours> findByDeploymentIdAndWeekStart(long deploymentId, LocalDate weekStart);

    List<RealisedHours> findByDeploymentIdOrderByWeekStartDesc(long deploymentId);

    List<RealisedHours> findByDeploymentIdInOrderByWeekStartDesc(Collection<Long> deploymentIds);

    /** Realised hours per partner for the weeks starting between the two days, in one statement. */
    @Query("""
            select new nl.kwartiermaker.pool.PartnerHours(h.partnerId, sum(h.hours)) from RealisedHours h
            where h.weekStart between :from and :until group by h.partnerId""")
    List<PartnerHours> sumPerPartner(LocalDate from, LocalDate until);

    /**
     * Realised hours per expert and week for the weeks starting between the two days, with the expert's register
     * entry, summed in one statement: of one partner (or all when null) and one theme (or all when null).
     */
    @Query("""
            select new nl.kwartiermaker.pool.ExpertWeekHours(h.expertId, e.personId, h.weekStart, sum(h.hours))
            from RealisedHours h join PoolExpert e on e.id = h.expertId
            where h.weekStart between :from and :until
            and (:partnerId is null or h.partnerId = :partnerId) and (:theme is null or h.theme = :theme)
            group by h.expertId, e.personId, h.weekStart""")
    List<ExpertWeekHours> sumPerExpertAndWeek(LocalDate from, LocalDate until, Long partnerId, ExperienceTheme theme);
}
