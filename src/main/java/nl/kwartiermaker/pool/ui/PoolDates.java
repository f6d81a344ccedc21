package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import nl.kwartiermaker.base.PortalLocales;

/** Days, periods and weeks of the pool as its pages say them, in the reader's language. */
final class PoolDates {

    private PoolDates() {
    }

    /** The Monday of the week that holds {@code day}: the pool plans and records by the week. */
    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String day(Component owner, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(owner)).format(day);
    }

    private static Locale locale(Component owner) {
        return owner.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null ? PortalLocales.DUTCH
                : UI.getCurrent().getLocale());
    }

    /** "6 jan 2025 – 31 dec 2026". */
    static String period(Component owner, LocalDate from, LocalDate until) {
        return owner.getTranslation("pool.deploy.period", day(owner, from), day(owner, until));
    }

    /** "week 47 (16 nov 2026)": the week number people plan with, and its Monday. */
    static String week(Component owner, LocalDate monday) {
        return owner.getTranslation("pool.deploy.week", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                day(owner, monday));
    }
}
