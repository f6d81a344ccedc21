package nl.kwartiermaker.pool;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerContactRepository extends JpaRepository<PartnerContact, Long> {

    Optional<PartnerContact> findByUserId(long userId);

    List<PartnerContact> findByPartnerId(long partnerId);
}
