package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubAssignmentRepository extends JpaRepository<SubAssignment, Long> {

    List<SubAssignment> findAllByOrderByStartsOnDescIdDesc();
}
