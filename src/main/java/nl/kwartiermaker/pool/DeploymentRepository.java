package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    List<Deployment> findByPartnerIdIn(Collection<Long> partnerIds);
}
