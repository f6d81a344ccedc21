package nl.kwartiermaker.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoNoGoDecisionRepository extends JpaRepository<GoNoGoDecision, Long> {

    List<GoNoGoDecision> findByTrajectIdOrderByRecordedAtDescIdDesc(long trajectId);

    Optional<GoNoGoDecision> findFirstByTrajectIdOrderByRecordedAtDescIdDesc(long trajectId);

    interface ReviewDate {
        long getTrajectId();

        java.time.LocalDate getReviewDate();
    }

    /** Review dates of the "not yet" decisions in force (the last recorded per traject). */
    @Query("""
            select d.trajectId as trajectId, d.reviewDate as reviewDate from GoNoGoDecision d
            where d.trajectId in :trajectIds and d.outcome = nl.kwartiermaker.decision.Outcome.NOT_YET
              and d.reviewDate is not null
              and d.id = (select max(d2.id) from GoNoGoDecision d2 where d2.trajectId = d.trajectId)
            """)
    List<ReviewDate> findReviewDates(Collection<Long> trajectIds);
}
