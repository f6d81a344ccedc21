package nl.kwartiermaker.pool;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreedDeviationRepository extends JpaRepository<AgreedDeviation, Long> {

    Optional<AgreedDeviation> findByPartnerIdAndPeriodYearAndPeriodHalf(long partnerId, int year, int half);

    List<AgreedDeviation> findByPeriodYear(int year);
}
