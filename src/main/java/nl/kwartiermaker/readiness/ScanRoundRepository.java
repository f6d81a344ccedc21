package nl.kwartiermaker.readiness;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanRoundRepository extends JpaRepository<ScanRound, Long> {

    List<ScanRound> findByTrajectIdOrderByOpensOnDescIdDesc(long trajectId);
}
