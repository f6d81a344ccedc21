package nl.kwartiermaker.readiness;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ScanRoundRepository extends JpaRepository<ScanRound, Long> {

    List<ScanRound> findByTrajectIdOrderByOpensOnDescIdDesc(long trajectId);

    /**
     * The round, read with a shared lock held until the answer is committed: sealing (which takes the exclusive lock)
     * waits for the answer, and an answer after sealing sees that the round is sealed.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from ScanRound r where r.id = :id")
    Optional<ScanRound> lockForAnswering(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ScanRound r where r.id = :id")
    Optional<ScanRound> lockForSealing(long id);

    /**
     * The project lead's rounds that ask something of them: still open and closing by {@code soon}, or closed with
     * results the lead has not opened yet.
     */
    @Query("""
            select r from ScanRound r where r.trajectId in :trajectIds and (
              (r.closedOn is null and r.sealed = false and r.closesOn >= :today and r.closesOn <= :soon)
              or ((r.sealed = true or r.closedOn is not null or r.closesOn < :today) and r.resultsRead = false))
            order by r.closesOn, r.id
            """)
    List<ScanRound> findAskingAttention(java.util.Collection<Long> trajectIds, LocalDate today, LocalDate soon);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update ScanRound r set r.resultsRead = true where r.id = :id and r.resultsRead = false")
    int markResultsRead(long id);

    /** Rounds that stopped taking answers but are not sealed yet: closed by date, or closed before sealing existed. */
    @Query("""
            select r.id from ScanRound r
            where r.sealed = false and (r.closesOn < :today or r.closedOn is not null) order by r.id
            """)
    List<Long> findUnsealedClosedBy(LocalDate today);
}
