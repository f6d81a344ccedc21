package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the half-yearly reports ask of the pool coordinator ("Mijn taken"): once a half-year has ended, its reports —
 * the region's and one for each municipality in the key of that half-year — until all are finalised. Only the last
 * half-year that ended is asked about. Two statements for the coordinator, none for anyone else.
 */
@Service
@Transactional(readOnly = true)
class PoolReportTasks implements PersonalTasks {

    /** The pool's people include partner contacts, who are not staff (decision 0011). */
    @Override
    public boolean staffOnly() {
        return false;
    }

    private final PoolReportRepository reports;
    private final DistributionKeyRepository keys;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    PoolReportTasks(PoolReportRepository reports, DistributionKeyRepository keys, SignedInUser signedInUser,
                    PortalTime time) {
        this.reports = reports;
        this.keys = keys;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        boolean coordinator = signedInUser.current().filter(me -> me.roles().contains(Role.POOL_COORDINATOR))
                .isPresent();
        if (!coordinator) {
            return List.of();
        }
        PoolPeriod ended = lastEnded(time.today());
        // the municipalities that were in the pool then; a pool that started later owes no report for it
        int partnersThen = keys.findFirstByValidFromLessThanEqualOrderByValidFromDesc(ended.firstDay())
                .map(key -> key.getShares().size()).orElse(0);
        if (partnersThen == 0) {
            return List.of();
        }
        long expected = partnersThen + 1L;
        long finalised = reports.countFinal(ended.year(), ended.half());
        if (finalised >= expected) {
            return List.of();
        }
        return List.of(new PersonalTask("pool.reports.task", List.of(ended.half(), String.valueOf(ended.year()),
                finalised, expected), PoolReportLinks.halfYear(ended), null, false));
    }

    /** The last half-year that ended before {@code today}. */
    static PoolPeriod lastEnded(LocalDate today) {
        PoolPeriod current = PoolPeriod.halfYearOf(today);
        return current.half() == 2 ? new PoolPeriod(current.year(), 1) : new PoolPeriod(current.year() - 1, 2);
    }
}
