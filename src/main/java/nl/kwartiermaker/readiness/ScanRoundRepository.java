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

    /** Rounds that stopped taking answers but are not sealed yet: closed by date, or closed before sealing existed. */
    @Query("""
            select r.id from ScanRound r
            where r.sealed = false and (r.closesOn < :today or r.closedOn is not null) order by r.id
            """)
    List<Long> findUnsealedClosedBy(LocalDate today);
}
