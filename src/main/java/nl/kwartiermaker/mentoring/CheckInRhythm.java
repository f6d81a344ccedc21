package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.Locale;

/** How often mentor and expert meet; monthly by default (seed 000 tip 7: "minimaal één keer per maand"). */
public enum CheckInRhythm {
    EVERY_TWO_WEEKS, MONTHLY, EVERY_SIX_WEEKS, EVERY_TWO_MONTHS;

    /** The day the next check-in is due after one held on {@code last}. */
    public LocalDate next(LocalDate last) {
        return switch (this) {
            case EVERY_TWO_WEEKS -> last.plusWeeks(2);
            case MONTHLY -> last.plusMonths(1);
            case EVERY_SIX_WEEKS -> last.plusWeeks(6);
            case EVERY_TWO_MONTHS -> last.plusMonths(2);
        };
    }

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.check_in_rhythm." + name().toLowerCase(Locale.ROOT);
    }
}
