package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.PoolRole;

/** How the pool's set-up pages write dates, percentages, hours, themes and roles, and the date pickers they use. */
final class PoolFormat {

    private PoolFormat() {
    }

    static String date(Component owner, LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(owner))
                .format(date);
    }

    private static Locale locale(Component owner) {
        return owner.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(PortalLocales.DUTCH);
    }

    static String period(Component owner, LocalDate from, LocalDate until) {
        return until == null ? owner.getTranslation("pool.partners.period.open", date(owner, from))
                : owner.getTranslation("pool.partners.period", date(owner, from), date(owner, until));
    }

    static String percentage(Component owner, BigDecimal percentage) {
        return owner.getTranslation("pool.partners.percentage", percentage);
    }

    static String themes(Component owner, Collection<ExperienceTheme> themes) {
        return themes.isEmpty() ? "–" : themes.stream().sorted().map(t -> owner.getTranslation(t.labelKey()))
                .collect(Collectors.joining(", "));
    }

    static String roles(Component owner, Collection<PoolRole> roles) {
        return roles.isEmpty() ? "–" : roles.stream().sorted().map(r -> owner.getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "));
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    /**
     * A term and its text one under the other, for texts of several lines (goals, notes): beside each other they
     * left a phone a column a word wide. Bare elements, as nobody acts on them.
     */
    static Element fact(String term, String text) {
        Element description = new Element("dd").setText(orDash(text));
        description.getClassList().add("preserve-lines");
        description.getStyle().set("margin", "0 0 var(--lumo-space-s)");
        Element label = new Element("dt").setText(term);
        label.getClassList().add("fact-label");
        return new Element("div").appendChild(label, description);
    }

    /** A list of {@link #fact}s. */
    static Element facts(Element... facts) {
        return new Element("dl").appendChild(facts);
    }

    /**
     * A date picker bounded by the window the pool's services check, with the services' message for a date outside
     * it; a date saved before stays acceptable.
     */
    static DatePicker datePicker(Component owner, String label, DateWindow dates, LocalDate saved) {
        DatePicker picker = new DatePicker(label);
        String outside = owner.getTranslation("pool.partners.error.date", dates.firstYear(), dates.lastYear());
        picker.setI18n(ComponentTexts.datePicker(owner).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        picker.setMin(saved != null && saved.isBefore(dates.earliest()) ? saved : dates.earliest());
        picker.setMax(saved != null && saved.isAfter(dates.latest()) ? saved : dates.latest());
        picker.setValue(saved);
        return picker;
    }
}
