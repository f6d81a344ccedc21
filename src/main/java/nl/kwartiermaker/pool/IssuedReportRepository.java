package nl.kwartiermaker.pool;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedReportRepository extends JpaRepository<IssuedReport, Long> {

    /** The figures as issued, without the files: what the report's page shows. */
    @Query("select i.snapshot from IssuedReport i where i.reportId = :reportId")
    Optional<String> findSnapshot(long reportId);
}
