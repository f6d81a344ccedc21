package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubAssignmentProgressRepository extends JpaRepository<SubAssignmentProgress, Long> {

    List<SubAssignmentProgress> findBySubAssignmentIdOrderByWrittenOnDescIdDesc(long subAssignmentId);
}
