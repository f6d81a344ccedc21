package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PoolReportRepository extends JpaRepository<PoolReport, Long> {

    @Query("select r from PoolReport r where r.year = :year and r.half = :half order by r.scope")
    List<PoolReport> findByPeriod(int year, int half);

    @Query("""
            select r from PoolReport r where r.status = nl.kwartiermaker.pool.PoolReportStatus.FINAL
            and r.scope in :scopes order by r.year desc, r.half desc, r.scope""")
    List<PoolReport> findFinalForScopes(Collection<Long> scopes);

    @Query("""
            select count(r) from PoolReport r where r.year = :year and r.half = :half
            and r.status = nl.kwartiermaker.pool.PoolReportStatus.FINAL""")
    long countFinal(int year, int half);

    boolean existsByScopeAndYearAndHalf(long scope, int year, int half);

    /** The day the pool's first distribution key applies from: reports can be about no earlier half-year. */
    @Query("select min(k.validFrom) from DistributionKey k")
    Optional<LocalDate> firstKeyDay();
}
