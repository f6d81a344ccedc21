package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Optional;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool in a few words for the Overzicht, this half-year: for the coordinator how many municipalities stray from
 * the key without an agreement and how many requests wait; for a partner contact their municipality's share line.
 * Someone without a pool role gets nothing, and it costs them no statement.
 */
@Service
public class PoolSummaryService {

    /**
     * This half-year's summary. {@code needAttention}: municipalities flagged and not agreed (coordinator only);
     * {@code openRequests}: requests waiting to be assigned (coordinator only); {@code own}: the contact's share line,
     * empty for the coordinator and for a contact not linked to a municipality.
     */
    public record Summary(boolean coordinator, PoolPeriod period, LocalDate until, long needAttention,
                          long openRequests, Optional<FairShareService.PartnerShare> own) {
    }

    private final FairShareService fairShares;
    private final DeploymentRequestRepository requests;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    PoolSummaryService(FairShareService fairShares, DeploymentRequestRepository requests, SignedInUser signedInUser,
                       PortalTime time) {
        this.fairShares = fairShares;
        this.requests = requests;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Summary> mine() {
        boolean coordinator = has(Role.POOL_COORDINATOR);
        if (!coordinator && !has(Role.PARTNER_CONTACT)) {
            return Optional.empty();
        }
        LocalDate today = time.today();
        PoolPeriod period = PoolPeriod.halfYearOf(today);
        FairShareService.Shares shares = fairShares.shares(period, today);
        if (coordinator) {
            long attention = shares.partners().stream().filter(FairShareService.PartnerShare::needsAttention).count();
            return Optional.of(new Summary(true, period, shares.until(), attention,
                    requests.countByStatus(RequestStatus.OPEN), Optional.empty()));
        }
        return Optional.of(new Summary(false, period, shares.until(), 0, 0,
                shares.partners().stream().findFirst()));
    }

    /** Whether the signed-in person holds the role; from the sign-in already read for this request. */
    private boolean has(Role role) {
        return signedInUser.current().map(me -> me.roles().contains(role)).orElse(false);
    }
}
