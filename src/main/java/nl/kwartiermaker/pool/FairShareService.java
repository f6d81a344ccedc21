package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner's realised share of the pool's hours against its part of the distribution key, for a half-year or a
 * year up to a day (year to date). A share that deviates from the key by more than the threshold (percentage points)
 * is flagged, unless the partners agreed that deviation for the period: then it shows as agreed. The key is the one
 * that applies on the period's first day (a key changes by year). A partner contact gets their own line only.
 */
@Service
public class FairShareService {

    /** One partner's line. Percentages have two decimals; {@code deviation} is realised minus key, in points. */
    public record PartnerShare(long partnerId, String partnerName, BigDecimal hours, BigDecimal keyPercentage,
                               BigDecimal realisedPercentage, BigDecimal deviation, boolean flagged,
                               String agreedReason) {

        /** Flagged, but agreed between the partners: shown as agreed, not as a problem. */
        public boolean agreed() {
            return agreedReason != null;
        }

        /** Flagged and not agreed: what the coordinator should talk about. */
        public boolean needsAttention() {
            return flagged && !agreed();
        }
    }

    /** The shares of one period, up to and including {@code until}. */
    public record Shares(PoolPeriod period, LocalDate until, BigDecimal totalHours, BigDecimal threshold,
                         List<PartnerShare> partners) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PoolAccess access;
    private final DistributionKeyRepository keys;
    private final RealisedHoursRepository hours;
    private final AgreedDeviationRepository agreed;
    private final BigDecimal threshold;

    FairShareService(PoolAccess access, DistributionKeyRepository keys,
                     RealisedHoursRepository hours, AgreedDeviationRepository agreed,
                     @Value("${kwartiermaker.pool.deviation-threshold:5}") BigDecimal threshold) {
        this.access = access;
        this.keys = keys;
        this.hours = hours;
        this.agreed = agreed;
        this.threshold = threshold;
    }

    /** The shares of {@code period} from its first day up to {@code until} (capped at the period's last day). */
    @PreAuthorize(PoolAccess.MAY_USE)
    @Transactional(readOnly = true)
    public Shares shares(PoolPeriod period, LocalDate until) {
        LocalDate last = until.isBefore(period.lastDay()) ? until : period.lastDay();
        Map<Long, BigDecimal> realised = hours.sumPerPartner(period.firstDay(), last).stream()
                .collect(Collectors.toMap(PartnerHours::partnerId, PartnerHours::hours));
        BigDecimal total = realised.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, BigDecimal> key = keys.findFirstByValidFromLessThanEqualOrderByValidFromDesc(period.firstDay())
                .map(DistributionKey::getShares).orElse(Map.of());
        Map<Long, String> reasons = agreed.findByPeriodYear(period.year()).stream()
                .filter(a -> a.period().equals(period))
                .collect(Collectors.toMap(AgreedDeviation::getPartnerId, AgreedDeviation::getReason));
        List<PartnerShare> lines = new ArrayList<>();
        for (PoolPartner partner : access.visiblePartners()) {
            if (!key.containsKey(partner.getId()) && !realised.containsKey(partner.getId())) {
                continue;
            }
            BigDecimal own = realised.getOrDefault(partner.getId(), BigDecimal.ZERO);
            BigDecimal keyShare = key.getOrDefault(partner.getId(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                    : own.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
            BigDecimal deviation = share.subtract(keyShare);
            // with no hours at all there is nothing to compare yet: nobody is flagged
            boolean flagged = total.signum() > 0 && deviation.abs().compareTo(threshold) > 0;
            lines.add(new PartnerShare(partner.getId(), partner.getName(), own, keyShare, share, deviation, flagged,
                    flagged ? reasons.get(partner.getId()) : null));
        }
        return new Shares(period, last, total, threshold, List.copyOf(lines));
    }
}
