package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.CheckIn;
import nl.kwartiermaker.mentoring.CheckInForm;
import nl.kwartiermaker.mentoring.CheckInService;
import nl.kwartiermaker.mentoring.CheckInService.CheckInEntry;
import nl.kwartiermaker.mentoring.CheckInService.CheckInHistory;
import nl.kwartiermaker.mentoring.LoggedCheckIn;
import nl.kwartiermaker.mentoring.Mentorship;

/** Logging a check-in ({@code existing} null) or correcting one's own. */
class CheckInDialog extends Dialog {

    private final transient CheckInService checkIns;
    private final transient LoggedCheckIn existing;
    private final transient Runnable onSaved;
    final Select<Mentorship> with = new Select<>();
    final DatePicker heldOn = new DatePicker();
    final Select<CheckInForm> form = new Select<>();
    final TextField goal = new TextField();
    final TextArea topics = new TextArea();
    final TextArea actions = new TextArea();
    final TextArea notes = new TextArea();
    final Button save = new Button();

    CheckInDialog(CheckInService checkIns, CheckInHistory history, LoggedCheckIn existing, String existingNotes,
                  Runnable onSaved) {
        this.checkIns = checkIns;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "mentoring.checkins.log" : "mentoring.checkins.edit"));
        setWidth("min(40rem, 100vw)");
        with.setLabel(getTranslation("mentoring.checkins.field.with"));
        with.setItems(history.mayLogOn());
        with.setItemLabelGenerator(m -> getTranslation(m.getKind().labelKey()));
        with.setValue(history.mayLogOn().isEmpty() ? null : history.mayLogOn().getFirst());
        with.setVisible(existing == null && history.mayLogOn().size() > 1);
        heldOn.setLabel(getTranslation("mentoring.checkins.field.date"));
        heldOn.setRequiredIndicatorVisible(true);
        String outside = getTranslation("mentoring.checkins.error.date", history.dates().firstYear(),
                history.dates().lastYear());
        heldOn.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside)
                .setMaxErrorMessage(getTranslation("mentoring.checkins.error.future")));
        heldOn.setMin(history.dates().earliest());
        heldOn.setMax(history.today());
        form.setLabel(getTranslation("mentoring.checkins.field.form"));
        form.setItems(CheckInForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        goal.setLabel(getTranslation("mentoring.checkins.field.goal"));
        goal.setHelperText(getTranslation("mentoring.checkins.field.goal.help"));
        goal.setMaxLength(CheckIn.GOAL_MAX);
        topics.setLabel(getTranslation("mentoring.checkins.field.topics"));
        topics.setMaxLength(CheckIn.TOPICS_MAX);
        actions.setLabel(getTranslation("mentoring.checkins.field.actions"));
        actions.setMaxLength(CheckIn.ACTIONS_MAX);
        notes.setLabel(getTranslation("mentoring.checkins.field.notes"));
        notes.setHelperText(getTranslation("mentoring.checkins.field.notes.help"));
        notes.setMaxLength(CheckIn.NOTES_MAX);
        if (existing != null) {
            heldOn.setValue(existing.heldOn());
            form.setValue(existing.form());
            goal.setValue(existing.goal());
            topics.setValue(existing.topics());
            actions.setValue(existing.agreedActions());
            notes.setValue(existingNotes);
        } else {
            heldOn.setValue(history.today());
            form.setValue(CheckInForm.IN_PERSON);
        }
        FormLayout layout = new FormLayout(with, heldOn, form, goal, topics, actions, notes);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (Component wide : new Component[] {with, goal, topics, actions, notes}) {
            layout.setColspan(wide, 2);
        }
        add(layout);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        CheckInEntry entry = new CheckInEntry(heldOn.getValue(), form.getValue(), topics.getValue(), goal.getValue(),
                actions.getValue(), notes.getValue());
        try {
            if (existing == null) {
                checkIns.log(with.getValue().getId(), entry);
            } else {
                checkIns.edit(existing.id(), existing.version(), entry);
            }
        } catch (InvalidInput refused) {
            // caught only to mark the date when the message is about it; the one error handler tells the message
            if (refused.messageKey().startsWith("mentoring.checkins.error.date")
                    || refused.messageKey().endsWith(".future") || refused.messageKey().endsWith(".before_start")) {
                heldOn.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                heldOn.setInvalid(true);
            }
            throw refused;
        }
        Notices.success(getTranslation("mentoring.checkins.saved"));
        close();
        onSaved.run();
    }
}
