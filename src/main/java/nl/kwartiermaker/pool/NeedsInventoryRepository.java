package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsInventoryRepository extends JpaRepository<NeedsInventory, Long> {

    List<NeedsInventory> findByPartnerIdOrderByMetOnDesc(long partnerId);

    List<NeedsInventory> findAllByOrderByMetOnDescIdDesc();
}
