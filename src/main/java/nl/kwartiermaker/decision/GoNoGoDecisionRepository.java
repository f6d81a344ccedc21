package nl.kwartiermaker.decision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Decisions are only ever added and read: this repository offers no update or delete (a plain JpaRepository would
 * offer both), and the entity is {@code @Immutable}, so a changed field is never written back.
 */
interface GoNoGoDecisionRepository extends Repository<GoNoGoDecision, Long> {

    GoNoGoDecision saveAndFlush(GoNoGoDecision decision);

    Optional<GoNoGoDecision> findById(Long id);

    long count();

    List<GoNoGoDecision> findByTrajectIdOrderByRecordedAtDescIdDesc(long trajectId);

    Optional<GoNoGoDecision> findFirstByTrajectIdOrderByRecordedAtDescIdDesc(long trajectId);

    interface ReviewDate {
        long getTrajectId();

        LocalDate getReviewDate();
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
