package nl.kwartiermaker.pool;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentRequestRepository extends JpaRepository<DeploymentRequest, Long> {

    List<DeploymentRequest> findByPartnerIdInOrderByStartsOnDescIdDesc(Collection<Long> partnerIds);

    List<DeploymentRequest> findByStatusOrderByStartsOnAscIdAsc(RequestStatus status);

    long countByStatus(RequestStatus status);
}
