package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.mentoring.IntervisionSession;

/**
 * When a session is and how long it takes, as three plain fields (date, start time, minutes): they fit a phone's
 * width and work by keyboard. The date picker gets the service's date window, so the browser refuses the same dates.
 */
final class SessionTimeFields {

    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final IntegerField minutes = new IntegerField();

    /** {@code outsideKey}: the service's message for a date outside the window, with its first and last year. */
    SessionTimeFields(Component owner, DateWindow dates, String outsideKey, LocalDateTime existing,
                      int existingMinutes, LocalDate today) {
        date.setLabel(owner.getTranslation("mentoring.intervision.field.date"));
        date.setRequiredIndicatorVisible(true);
        String outside = owner.getTranslation(outsideKey, dates.firstYear(), dates.lastYear());
        date.setI18n(ComponentTexts.datePicker(owner).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        LocalDate saved = existing == null ? null : existing.toLocalDate();
        date.setMin(saved != null && saved.isBefore(dates.earliest()) ? saved : dates.earliest());
        date.setMax(dates.latest());
        time.setLabel(owner.getTranslation("mentoring.intervision.field.time"));
        time.setRequiredIndicatorVisible(true);
        time.setStep(Duration.ofMinutes(15));
        minutes.setLabel(owner.getTranslation("mentoring.intervision.field.minutes"));
        minutes.setMin(IntervisionSession.MINUTES_MIN);
        minutes.setMax(IntervisionSession.MINUTES_MAX);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        if (existing != null) {
            date.setValue(existing.toLocalDate());
            time.setValue(existing.toLocalTime());
            minutes.setValue(existingMinutes);
        } else {
            date.setInitialPosition(today);
            time.setValue(LocalTime.of(14, 0));
            minutes.setValue(90);
        }
    }

    /** The start, or null while date or time is missing (the service then says what is missing). */
    LocalDateTime startsAt() {
        return date.getValue() == null || time.getValue() == null ? null : date.getValue().atTime(time.getValue());
    }

    int minutesValue() {
        return minutes.getValue() == null ? 0 : minutes.getValue();
    }
}
