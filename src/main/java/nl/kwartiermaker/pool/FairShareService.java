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
 * that applies on the period's first day (a key changes by year). A partner contact gets their own line only. Also
 * the year's budget beside the hours used: the region's, or a contact's municipality's part of it by the key.
 */
@Service
public class FairShareService {

    /**
     * One partner's line. Percentages have two decimals; {@code deviation} is realised minus key, in points.
     * {@code agreement} is the deviation agreed for the period, if any, also while the share is within the key (so
     * that the coordinator can still see and withdraw it); {@code agreedReason} is its reason only when it matters:
     * when the share is flagged.
     */
    public record PartnerShare(long partnerId, String partnerName, BigDecimal hours, BigDecimal keyPercentage,
                               BigDecimal realisedPercentage, BigDecimal deviation, boolean flagged,
                               String agreedReason, Agreement agreement) {

        /** Flagged, but agreed between the partners: shown as agreed, not as a problem. */
        public boolean agreed() {
            return agreedReason != null;
        }

        /** Flagged and not agreed: what the coordinator should talk about. */
        public boolean needsAttention() {
            return flagged && !agreed();
        }
    }

    /** A deviation agreed for a partner and period, as the coordinator changes or withdraws it. */
    public record Agreement(long id, long version, String reason, LocalDate agreedOn) {
    }

    /**
     * The year's budget as the signed-in person may see it: the whole budget and the hours used by all partners for
     * the coordinator; for a partner contact their municipality's part of it by the key ({@code keyPercentage}) and
     * the hours used in their municipality. {@code budgetHours} is null when no budget was set for the year.
     */
    public record BudgetUse(int year, LocalDate until, BigDecimal budgetHours, BudgetUnit unit, BigDecimal amount,
                            BigDecimal keyPercentage, BigDecimal usedHours) {

        public boolean hasBudget() {
            return budgetHours != null;
        }

        /** The hours the viewer's part of the budget holds: all of it, or the municipality's part by the key. */
        public BigDecimal availableHours() {
            if (budgetHours == null) {
                return null;
            }
            return keyPercentage == null ? budgetHours
                    : budgetHours.multiply(keyPercentage).divide(HUNDRED, 0, RoundingMode.HALF_UP);
        }

        /** The share of the available hours used so far, in whole percent; 0 without a budget. */
        public int usedPercent() {
            BigDecimal available = availableHours();
            return available == null || available.signum() == 0 ? 0
                    : usedHours.multiply(HUNDRED).divide(available, 0, RoundingMode.HALF_UP).intValue();
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
    private final PoolBudgetRepository budgets;
    private final BigDecimal threshold;

    FairShareService(PoolAccess access, DistributionKeyRepository keys,
                     RealisedHoursRepository hours, AgreedDeviationRepository agreed, PoolBudgetRepository budgets,
                     @Value("${kwartiermaker.pool.deviation-threshold:5}") BigDecimal threshold) {
        this.access = access;
        this.keys = keys;
        this.hours = hours;
        this.agreed = agreed;
        this.budgets = budgets;
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
        Map<Long, Agreement> agreements = agreed.findByPeriodYear(period.year()).stream()
                .filter(a -> a.period().equals(period))
                .collect(Collectors.toMap(AgreedDeviation::getPartnerId, a -> new Agreement(a.getId(),
                        a.getVersion(), a.getReason(), a.getAgreedOn())));
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
            Agreement agreement = agreements.get(partner.getId());
            lines.add(new PartnerShare(partner.getId(), partner.getName(), own, keyShare, share, deviation, flagged,
                    flagged && agreement != null ? agreement.reason() : null, agreement));
        }
        return new Shares(period, last, total, threshold, List.copyOf(lines));
    }

    /**
     * The budget of {@code year} and the hours used from its first day up to {@code until}: the region's for the
     * coordinator, the own municipality's part for a partner contact (by the key that applies on the year's first
     * day). A contact not yet linked to a municipality sees no budget.
     */
    @PreAuthorize(PoolAccess.MAY_USE)
    @Transactional(readOnly = true)
    public BudgetUse budget(int year, LocalDate until) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate last = until.isBefore(yearEnd) ? until : yearEnd;
        Long partnerId = null;
        BigDecimal keyShare = null;
        if (!access.isCoordinator()) {
            partnerId = access.myPartnerId().orElse(null);
            if (partnerId == null) {
                return new BudgetUse(year, last, null, null, null, null, BigDecimal.ZERO);
            }
            long own = partnerId;
            keyShare = keys.findFirstByValidFromLessThanEqualOrderByValidFromDesc(first)
                    .map(k -> k.percentageOf(own)).orElse(BigDecimal.ZERO);
        }
        Long counted = partnerId;
        BigDecimal used = hours.sumPerPartner(first, last).stream()
                .filter(p -> counted == null || p.partnerId() == counted)
                .map(PartnerHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = keyShare;
        return budgets.findByYear(year)
                .map(b -> new BudgetUse(year, last, b.hours(), b.getUnit(), b.getAmount(), share, used))
                .orElseGet(() -> new BudgetUse(year, last, null, null, null, share, used));
    }
}
