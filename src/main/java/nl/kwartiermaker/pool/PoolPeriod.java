package nl.kwartiermaker.pool;

import java.time.LocalDate;

/**
 * A half-year (half 1 or 2) or a whole year (half 0) of the pool: the periods its reports and fair-share checks use
 * (seed 003: half-yearly reports).
 */
public record PoolPeriod(int year, int half) {

    public PoolPeriod {
        if (half < 0 || half > 2) {
            throw new IllegalArgumentException("half must be 0 (whole year), 1 or 2: " + half);
        }
    }

    public static PoolPeriod wholeYear(int year) {
        return new PoolPeriod(year, 0);
    }

    /** The half-year that holds {@code day}. */
    public static PoolPeriod halfYearOf(LocalDate day) {
        return new PoolPeriod(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 2 ? 7 : 1, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean isWholeYear() {
        return half == 0;
    }
}
