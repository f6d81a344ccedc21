package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.traject.ActivityForm;
import nl.kwartiermaker.traject.TrajectActivity;
import nl.kwartiermaker.traject.TrajectActivityService;

/** A dated activity on a traject, such as an information meeting: new ({@code existing} null) or changed. */
class ActivityDialog extends Dialog {

    private final transient TrajectActivityService activities;
    private final long trajectId;
    private final transient TrajectActivity existing;
    private final transient Runnable onSaved;
    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final TextField place = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();

    ActivityDialog(TrajectActivityService activities, long trajectId, TrajectActivity existing, DateWindow dates,
                   LocalDate today, Runnable onSaved) {
        this.activities = activities;
        this.trajectId = trajectId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "traject.activity.add" : "traject.activity.edit"));
        setWidth("min(40rem, 100vw)");
        title.setLabel(getTranslation("traject.activity.field.title"));
        title.setHelperText(getTranslation("traject.activity.field.title.help"));
        title.setMaxLength(TrajectActivity.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        date.setLabel(getTranslation("traject.activity.field.date"));
        date.setRequiredIndicatorVisible(true);
        String outside = getTranslation("traject.error.activity.date", dates.firstYear(), dates.lastYear());
        date.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        date.setMin(existing != null && existing.getDate().isBefore(dates.earliest()) ? existing.getDate()
                : dates.earliest());
        date.setMax(existing != null && existing.getDate().isAfter(dates.latest()) ? existing.getDate()
                : dates.latest());
        place.setLabel(getTranslation("traject.activity.field.place"));
        place.setMaxLength(TrajectActivity.PLACE_MAX);
        description.setLabel(getTranslation("traject.activity.field.description"));
        description.setMaxLength(TrajectActivity.DESCRIPTION_MAX);
        if (existing != null) {
            title.setValue(existing.getTitle());
            date.setValue(existing.getDate());
            place.setValue(existing.getPlace());
            description.setValue(existing.getDescription());
        } else {
            date.setInitialPosition(today);
        }
        FormLayout form = new FormLayout(title, date, place, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        ActivityForm form = new ActivityForm(title.getValue(), date.getValue(), place.getValue(),
                description.getValue());
        try {
            if (existing == null) {
                activities.addActivity(trajectId, form);
            } else {
                activities.updateActivity(existing.getId(), existing.getVersion(), form);
            }
        } catch (InvalidInput refused) {
            // caught only to mark the date when the message is about it; the one error handler tells the message
            if (refused.messageKey().startsWith("traject.error.activity.date")) {
                date.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                date.setInvalid(true);
            }
            throw refused;
        }
        Notices.success(getTranslation("traject.activity.saved", form.title()));
        close();
        onSaved.run();
    }
}
