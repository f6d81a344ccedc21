package nl.kwartiermaker.pool;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PoolExpertRepository extends JpaRepository<PoolExpert, Long> {

    Optional<PoolExpert> findByPersonId(long personId);

    List<PoolExpert> findByActiveTrue();

    /**
     * The expert's row, locked until the transaction ends: two coordinators assigning the same expert at once take
     * turns, so the second sees the first one's hours and cannot go past the expert's available hours.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from PoolExpert e where e.id = :id")
    Optional<PoolExpert> lockById(long id);
}
