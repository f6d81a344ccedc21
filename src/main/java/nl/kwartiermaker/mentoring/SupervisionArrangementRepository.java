package nl.kwartiermaker.mentoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionArrangementRepository extends JpaRepository<SupervisionArrangement, Long> {

    boolean existsByExpertIdAndSupervisorIdAndEndedOnIsNull(long expertId, long supervisorId);

    List<SupervisionArrangement> findByExpertIdAndEndedOnIsNullOrderByIdAsc(long expertId);
}
