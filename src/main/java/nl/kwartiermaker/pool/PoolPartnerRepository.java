package nl.kwartiermaker.pool;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoolPartnerRepository extends JpaRepository<PoolPartner, Long> {

    List<PoolPartner> findAllByOrderByNameAsc();

    Optional<PoolPartner> findByNameIgnoreCase(String name);
}
