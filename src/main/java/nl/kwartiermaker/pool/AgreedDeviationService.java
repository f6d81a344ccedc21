package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator records that the partners agreed a municipality's deviation from the key for a period, with the
 * reason (seed 003: "in onderling overleg … zodat de reële vraag meer leidend is dan de boekhoudkundige verdeling"),
 * changes the reason, or withdraws the agreement; a flagged share then shows as agreed, or as flagged again. One
 * agreement per municipality and period; a change or withdrawal names the version it was made from.
 */
@Service
public class AgreedDeviationService {

    private final AgreedDeviationRepository agreements;
    private final PoolPartnerRepository partners;
    private final PoolAccess access;
    private final PortalTime time;

    AgreedDeviationService(AgreedDeviationRepository agreements, PoolPartnerRepository partners, PoolAccess access,
                           PortalTime time) {
        this.agreements = agreements;
        this.partners = partners;
        this.access = access;
        this.time = time;
    }

    /** Records the agreement; refused when the municipality already has one for the period (change that one). */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public FairShareService.Agreement agree(long partnerId, PoolPeriod period, String reason) {
        require(partners.existsById(partnerId), "pool.error.notfound");
        LocalDate today = time.today();
        DateWindow window = DateWindow.fromYear(today.getYear() - DateWindow.YEARS_AHEAD, today);
        require(window.contains(period.firstDay()), "pool.planning.agree.error.period", window.firstYear(),
                window.lastYear());
        String checked = checked(reason);
        require(agreements.findByPartnerIdAndPeriodYearAndPeriodHalf(partnerId, period.year(), period.half())
                .isEmpty(), "pool.planning.agree.error.exists");
        try {
            return view(agreements.saveAndFlush(new AgreedDeviation(partnerId, period, checked, access.me().id(),
                    today)));
        } catch (DataIntegrityViolationException sameMomentElsewhere) {
            // another coordinator recorded one for the same municipality and period just before
            throw new InvalidInput("pool.planning.agree.error.exists");
        }
    }

    /** Gives the agreement another reason, made from {@code expectedVersion}. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public FairShareService.Agreement rephrase(long agreementId, long expectedVersion, String reason) {
        AgreedDeviation agreement = managed(agreementId, expectedVersion);
        agreement.rephrase(checked(reason), access.me().id(), time.today());
        return view(agreements.saveAndFlush(agreement));
    }

    /** Withdraws the agreement, made from {@code expectedVersion}: a deviation beyond the threshold is flagged again. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public void withdraw(long agreementId, long expectedVersion) {
        agreements.delete(managed(agreementId, expectedVersion));
    }

    private AgreedDeviation managed(long agreementId, long expectedVersion) {
        AgreedDeviation agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new InvalidInput("pool.planning.agree.error.gone"));
        agreement.requireVersion(expectedVersion);
        return agreement;
    }

    private static String checked(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        require(!stripped.isEmpty(), "pool.planning.agree.error.reason.missing");
        require(stripped.length() <= AgreedDeviation.REASON_MAX, "pool.planning.agree.error.reason.long",
                AgreedDeviation.REASON_MAX);
        return stripped;
    }

    private static FairShareService.Agreement view(AgreedDeviation agreement) {
        return new FairShareService.Agreement(agreement.getId(), agreement.getVersion(), agreement.getReason(),
                agreement.getAgreedOn());
    }
}
