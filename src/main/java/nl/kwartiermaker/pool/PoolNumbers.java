package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How the pool writes its figures, on pages and in reports alike: hours with one decimal, shares with two. */
public final class PoolNumbers {

    private PoolNumbers() {
    }

    public static String hours(BigDecimal hours, Locale locale) {
        return decimals(hours, 1, locale);
    }

    /** A percentage with its sign, e.g. "28,47 %". */
    public static String percentage(BigDecimal percentage, Locale locale) {
        return decimals(percentage, 2, locale) + " %";
    }

    /** Percentage points of a deviation, with + for above the key. */
    public static String deviation(BigDecimal points, Locale locale) {
        return (points.signum() > 0 ? "+" : "") + decimals(points, 2, locale);
    }

    private static String decimals(BigDecimal value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value == null ? BigDecimal.ZERO : value);
    }
}
