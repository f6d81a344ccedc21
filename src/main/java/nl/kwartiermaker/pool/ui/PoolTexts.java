package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.pool.PoolPeriod;

/** How the pool's views say periods, hours and percentages, in the person's language. */
final class PoolTexts {

    private PoolTexts() {
    }

    /** "1e halfjaar 2026", "2026 tot nu toe" (the current year), "2026" (a whole year that is over). */
    static String period(Component in, PoolPeriod period, LocalDate today) {
        String year = String.valueOf(period.year());
        if (!period.isWholeYear()) {
            return in.getTranslation("pool.planning.period.half" + period.half(), year);
        }
        return in.getTranslation(period.lastDay().isBefore(today) ? "pool.planning.period.year"
                : "pool.planning.period.year.todate", year);
    }

    /** The period inside a sentence: "in het 1e halfjaar 2026", "in 2026 tot nu toe". */
    static String periodIn(Component in, PoolPeriod period, LocalDate today) {
        return period.isWholeYear() ? period(in, period, today)
                : in.getTranslation("pool.planning.period.half" + period.half() + ".in", String.valueOf(period.year()));
    }

    /** Hours with at most one decimal, as they are recorded: "12", "12,5". */
    static String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** A percentage with two decimals, as the key has them: "28,47". */
    static String percentage(BigDecimal percentage) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(percentage);
    }

    /** A percentage with its sign, kept on one line: "28,47 %". */
    static String percent(BigDecimal percentage) {
        return percentage(percentage) + "\u00a0%";
    }

    /** Percentage points with their sign: "+1,53", "−56,19", "0,00". */
    static String points(BigDecimal points) {
        String number = percentage(points.abs());
        return points.signum() > 0 ? "+" + number : points.signum() < 0 ? "\u2212" + number : number;
    }

    /** The person's language; a card is not yet attached when it is built, so ask the UI. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : PortalLocales.DUTCH;
    }

    static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }
}
