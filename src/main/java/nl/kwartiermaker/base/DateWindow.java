package nl.kwartiermaker.base;

import java.time.LocalDate;

/**
 * The dates the portal accepts for what people plan and record: a checklist step's due date, a traject's start, a
 * go/no-go decision and its review. A date such as 1900-01-01 or 9999-12-31 fits no plan; it is a slip or a probe,
 * and it spoils sorting, overdue warnings and exports. The window runs in whole calendar years, so a message can name
 * it plainly, and a date picker is given the same bounds so the browser helps too.
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {

    /** How far ahead anything is planned: a traject takes a few years, so ten is ample. */
    public static final int YEARS_AHEAD = 10;

    public DateWindow {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("A date window ends after it begins: " + earliest + " " + latest);
        }
    }

    /**
     * From 1 January of {@code firstYear} to 31 December {@link #YEARS_AHEAD} years after {@code today}'s year. The
     * end moves on with the clock, so a date once accepted stays inside.
     */
    public static DateWindow fromYear(int firstYear, LocalDate today) {
        int lastYear = today.getYear() + YEARS_AHEAD;
        return new DateWindow(LocalDate.of(Math.min(firstYear, lastYear), 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /** The first and last year, as the messages name them ("from 1 January {0} to 31 December {1}"). */
    public int firstYear() {
        return earliest.getYear();
    }

    public int lastYear() {
        return latest.getYear();
    }
}
