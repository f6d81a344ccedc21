package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoolPartnerRepository extends JpaRepository<PoolPartner, Long> {

    List<PoolPartner> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
