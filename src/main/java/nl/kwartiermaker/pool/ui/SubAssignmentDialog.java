package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.SubAssignment;
import nl.kwartiermaker.pool.SubAssignmentForm;
import nl.kwartiermaker.pool.SubAssignmentService;
import nl.kwartiermaker.pool.SubAssignmentStatus;

/**
 * A sub-assignment as seed 003 asks it to be written down: for whom, its goals, the way of monitoring, the frequency
 * and the way of accounting, with period, hours and status. New ({@code existing} null, for {@code forPartner} or the
 * region) or changed.
 */
class SubAssignmentDialog extends Dialog {

    private final transient SubAssignmentService subAssignments;
    private final transient SubAssignment existing;
    private final transient Consumer<SubAssignment> onSaved;
    final ComboBox<Scope> forWhom = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea goals = new TextArea();
    final TextArea monitoring = new TextArea();
    final TextArea frequency = new TextArea();
    final TextArea accounting = new TextArea();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final IntegerField hours = new IntegerField();
    final Select<SubAssignmentStatus> status = new Select<>();
    final Button save = new Button();

    SubAssignmentDialog(SubAssignmentService subAssignments, SubAssignment existing, Long forPartner,
                        DateWindow dates, Consumer<SubAssignment> onSaved) {
        this.subAssignments = subAssignments;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pool.sub.add" : "pool.sub.edit"));
        setWidth("min(48rem, 100vw)");
        Long current = existing == null ? forPartner : existing.getPartnerId();
        // a municipality that left the pool gets no new work, but one already given keeps its municipality
        List<Scope> choices = Scope.choices(this, subAssignments.municipalities().stream()
                .filter(p -> p.isActive() || p.getId().equals(current)).toList());
        forWhom.setLabel(getTranslation("pool.sub.field.for"));
        forWhom.setItems(choices);
        forWhom.setItemLabelGenerator(Scope::label);
        forWhom.setRequiredIndicatorVisible(true);
        // a new one from the list is for nobody yet: the coordinator chooses a municipality or the region
        forWhom.setValue(existing == null && forPartner == null ? null : Scope.of(choices, current));
        title.setLabel(getTranslation("pool.sub.field.title"));
        title.setMaxLength(SubAssignment.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        text(goals, "pool.sub.field.goals", true);
        text(monitoring, "pool.sub.field.monitoring", false);
        text(frequency, "pool.sub.field.frequency", false);
        text(accounting, "pool.sub.field.accounting", false);
        startsOn = PoolFormat.datePicker(this, getTranslation("pool.sub.field.start"), dates,
                existing == null ? null : existing.getStartsOn());
        startsOn.setRequiredIndicatorVisible(true);
        endsOn = PoolFormat.datePicker(this, getTranslation("pool.sub.field.end"), dates,
                existing == null ? null : existing.getEndsOn());
        endsOn.setRequiredIndicatorVisible(true);
        hours.setLabel(getTranslation("pool.sub.field.hours"));
        hours.setHelperText(getTranslation("pool.sub.field.hours.help"));
        hours.setMin(0);
        hours.setMax(100_000);
        status.setLabel(getTranslation("pool.sub.field.status"));
        status.setItems(SubAssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(existing == null ? SubAssignmentStatus.PLANNED : existing.getStatus());
        if (existing != null) {
            title.setValue(existing.getTitle());
            goals.setValue(existing.getGoals());
            monitoring.setValue(existing.getMonitoring());
            frequency.setValue(existing.getFrequency());
            accounting.setValue(existing.getAccounting());
            hours.setValue(existing.getHours());
        }
        FormLayout form = new FormLayout(forWhom, title, goals, monitoring, frequency, accounting, startsOn, endsOn,
                hours, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (var wide : List.of(title, goals, monitoring, frequency, accounting)) {
            form.setColspan(wide, 2);
        }
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    private void text(TextArea area, String key, boolean required) {
        area.setLabel(getTranslation(key));
        area.setHelperText(getTranslation(key + ".help"));
        area.setMaxLength(SubAssignment.TEXT_MAX);
        area.setRequiredIndicatorVisible(required);
    }

    void save() {
        if (forWhom.getValue() == null) {
            throw new InvalidInput("pool.sub.error.for");
        }
        SubAssignmentForm form = new SubAssignmentForm(forWhom.getValue().partnerId(), title.getValue(),
                goals.getValue(), monitoring.getValue(), frequency.getValue(), accounting.getValue(),
                startsOn.getValue(), endsOn.getValue(), hours.getValue(), status.getValue());
        SubAssignment saved = existing == null ? subAssignments.create(form)
                : subAssignments.update(existing.getId(), existing.getVersion(), form);
        Notices.success(getTranslation("pool.sub.saved", saved.getTitle()));
        close();
        onSaved.accept(saved);
    }
}
