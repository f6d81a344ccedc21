package nl.kwartiermaker.pool;

import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;

/**
 * The dates the pool's records may carry: from 2020 (the region's plans for the pool began in 2021) to ten years
 * ahead. One window for keys, budgets, kick-off meetings, activities and sub-assignments, so one message names it.
 */
final class PoolDates {

    static final int FIRST_YEAR = 2020;

    private PoolDates() {
    }

    static DateWindow window(LocalDate today) {
        return DateWindow.fromYear(FIRST_YEAR, today);
    }
}
