package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The distribution key that applies on a day and the pool's budget for that day's year: each partner's percentage and
 * the hours that gives it of the year's budget. A partner the key does not name has 0 %.
 */
public record KeyInForce(LocalDate day, Optional<DistributionKey> key, Optional<PoolBudget> budget) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static KeyInForce on(LocalDate day, DistributionKeyRepository keys, PoolBudgetRepository budgets) {
        return new KeyInForce(day, keys.findFirstByValidFromLessThanEqualOrderByValidFromDesc(day),
                budgets.findByYear(day.getYear()));
    }

    public BigDecimal percentageOf(long partnerId) {
        return key.map(k -> k.percentageOf(partnerId)).orElse(BigDecimal.ZERO);
    }

    /** The partner's part of the year's budget by the key, in whole hours; empty while the year has no budget. */
    public Optional<BigDecimal> hoursOf(long partnerId) {
        return budget.map(b -> b.hours().multiply(percentageOf(partnerId)).divide(HUNDRED, 0, RoundingMode.HALF_UP));
    }
}
