package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistributionKeyRepository extends JpaRepository<DistributionKey, Long> {

    /** The key that applies on {@code day}: the newest that started on or before it. */
    Optional<DistributionKey> findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate day);

    List<DistributionKey> findAllByOrderByValidFromDesc();

    boolean existsByValidFrom(LocalDate validFrom);
}
