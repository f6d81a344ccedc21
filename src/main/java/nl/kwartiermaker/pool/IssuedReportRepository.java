package nl.kwartiermaker.pool;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedReportRepository extends JpaRepository<IssuedReport, Long> {
}
