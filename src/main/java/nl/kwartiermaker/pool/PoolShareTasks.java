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
 * What the fair share asks of the pool coordinator ("Mijn taken"): municipalities whose share this half-year strays
 * from the key beyond the threshold without an agreement — talk with the partners and record the agreement, or
 * steer the deployments. One task for all of them, linking to the planning. Nothing, and no statement, for anyone
 * else.
 */
@Service
@Transactional(readOnly = true)
class PoolShareTasks implements PersonalTasks {

    /** The pool's people include partner contacts, who are not staff (decision 0011). */
    @Override
    public boolean staffOnly() {
        return false;
    }

    private final FairShareService fairShares;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    PoolShareTasks(FairShareService fairShares, SignedInUser signedInUser, PortalTime time) {
        this.fairShares = fairShares;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        if (!signedInUser.current().map(me -> me.roles().contains(Role.POOL_COORDINATOR)).orElse(false)) {
            return List.of();
        }
        LocalDate today = time.today();
        PoolPeriod period = PoolPeriod.halfYearOf(today);
        long attention = fairShares.shares(period, today).partners().stream()
                .filter(FairShareService.PartnerShare::needsAttention).count();
        if (attention == 0) {
            return List.of();
        }
        return List.of(new PersonalTask("pool.planning.task.attention", List.of(attention, period.half(),
                String.valueOf(period.year())), "pool", null, false));
    }
}
