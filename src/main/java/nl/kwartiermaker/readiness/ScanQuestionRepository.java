package nl.kwartiermaker.readiness;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanQuestionRepository extends JpaRepository<ScanQuestion, Long> {

    List<ScanQuestion> findByRoundIdOrderByPositionAscIdAsc(long roundId);

    List<ScanQuestion> findByRoundIdInOrderByPositionAscIdAsc(List<Long> roundIds);
}
