package nl.kwartiermaker.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoNoGoDecisionRepository extends JpaRepository<GoNoGoDecision, Long> {

    List<GoNoGoDecision> findByTrajectIdOrderByRecordedAtDescIdDesc(long trajectId);

    Optional<GoNoGoDecision> findFirstByTrajectIdOrderByRecordedAtDescIdDesc(long trajectId);

    /** The decision in force per traject: the last one recorded. */
    @Query("""
            select d from GoNoGoDecision d where d.trajectId in :trajectIds
              and d.id = (select max(d2.id) from GoNoGoDecision d2 where d2.trajectId = d.trajectId)
            """)
    List<GoNoGoDecision> findLatestForTrajecten(Collection<Long> trajectIds);
}
