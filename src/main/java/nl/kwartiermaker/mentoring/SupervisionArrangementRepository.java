package nl.kwartiermaker.mentoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisionArrangementRepository extends JpaRepository<SupervisionArrangement, Long> {

    boolean existsByExpertIdAndSupervisorIdAndEndedOnIsNull(long expertId, long supervisorId);

    List<SupervisionArrangement> findByExpertIdAndEndedOnIsNullOrderByIdAsc(long expertId);

    @Query("""
            select a from SupervisionArrangement a where (a.expertId = :personId or a.supervisorId = :personId)
            and a.endedOn is null""")
    List<SupervisionArrangement> findRunningInvolving(long personId);
}
