package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.ComponentTexts;

/**
 * A date picker for a date in an expert's plans, bounded by the same window the services check, with the service's
 * message for a date outside it. A date saved before stays acceptable, as the services keep it.
 */
final class PlanDatePicker {

    private PlanDatePicker() {
    }

    static DatePicker of(Component owner, String label, String outsideKey, DateWindow dates, LocalDate saved,
                         LocalDate today) {
        DatePicker picker = new DatePicker(label);
        String outside = owner.getTranslation(outsideKey, dates.firstYear(), dates.lastYear());
        picker.setI18n(ComponentTexts.datePicker(owner).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        picker.setMin(saved != null && saved.isBefore(dates.earliest()) ? saved : dates.earliest());
        picker.setMax(saved != null && saved.isAfter(dates.latest()) ? saved : dates.latest());
        picker.setValue(saved);
        picker.setInitialPosition(today);
        return picker;
    }
}
