package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeploymentRequestRepository extends JpaRepository<DeploymentRequest, Long> {

    long countByStatus(RequestStatus status);

    /**
     * Requests of one municipality or of all (partner null), of one status or all, open ones first (they wait for
     * someone), then the latest period first.
     */
    @Query("""
            select new nl.kwartiermaker.pool.RequestLine(r.id, p.name, r.theme, r.role, r.place, r.expectedHours,
                r.startsOn, r.endsOn, r.status)
            from DeploymentRequest r join PoolPartner p on p.id = r.partnerId
            where (:partnerId is null or r.partnerId = :partnerId) and (:status is null or r.status = :status)
            order by case when r.status = :open then 0 else 1 end, r.startsOn desc, r.id desc""")
    List<RequestLine> lines(Long partnerId, RequestStatus status, RequestStatus open, Pageable page);

    @Query("""
            select count(r) from DeploymentRequest r
            where (:partnerId is null or r.partnerId = :partnerId) and (:status is null or r.status = :status)""")
    long countLines(Long partnerId, RequestStatus status);
}
