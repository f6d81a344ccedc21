package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.CheckInRhythm;
import nl.kwartiermaker.mentoring.PersonChoice;
import nl.kwartiermaker.mentoring.SupervisionArrangement;
import nl.kwartiermaker.mentoring.SupervisionFocus;
import nl.kwartiermaker.mentoring.SupervisionForm;
import nl.kwartiermaker.mentoring.SupervisionService;

/** A supervision arrangement as the coordinator makes or changes it: supervisor, focus and rhythm. */
class SupervisionDialog extends Dialog {

    private final transient SupervisionService supervision;
    private final long expertId;
    private final transient SupervisionArrangement existing;
    private final transient Runnable onSaved;
    final ComboBox<PersonChoice> supervisor = new ComboBox<>();
    final RadioButtonGroup<SupervisionFocus> focus = new RadioButtonGroup<>();
    final Select<CheckInRhythm> rhythm = new Select<>();
    final Button save = new Button();

    SupervisionDialog(SupervisionService supervision, long expertId, SupervisionArrangement existing,
                      Runnable onSaved) {
        this.supervision = supervision;
        this.expertId = expertId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "mentoring.supervision.new" : "mentoring.supervision.edit"));
        setWidth("min(36rem, 100vw)");
        List<PersonChoice> supervisors = supervision.supervisors().stream().filter(p -> p.id() != expertId).toList();
        supervisor.setLabel(getTranslation("mentoring.supervision.field.supervisor"));
        supervisor.setHelperText(getTranslation("mentoring.supervision.field.supervisor.help"));
        supervisor.setItems(supervisors);
        supervisor.setItemLabelGenerator(p -> p.expert()
                ? getTranslation("mentoring.supervision.supervisor.expert", p.name()) : p.name());
        supervisor.setRequiredIndicatorVisible(true);
        focus.setLabel(getTranslation("mentoring.supervision.field.focus"));
        focus.setItems(SupervisionFocus.values());
        focus.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        focus.setValue(SupervisionFocus.BOTH);
        rhythm.setLabel(getTranslation("mentoring.supervision.field.rhythm"));
        rhythm.setItems(CheckInRhythm.values());
        rhythm.setItemLabelGenerator(r -> getTranslation(SupervisionSection.rhythmKey(r)));
        rhythm.setValue(CheckInRhythm.MONTHLY);
        if (existing != null) {
            supervisors.stream().filter(p -> p.id() == existing.getSupervisorId()).findFirst()
                    .ifPresent(supervisor::setValue);
            focus.setValue(existing.getFocus());
            rhythm.setValue(existing.getRhythm());
        }
        FormLayout form = new FormLayout(supervisor, focus, rhythm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        if (supervisor.getValue() == null) {
            supervisor.setErrorMessage(getTranslation("mentoring.supervision.error.supervisor"));
            supervisor.setInvalid(true);
            return;
        }
        SupervisionForm form = new SupervisionForm(supervisor.getValue().id(), focus.getValue(), rhythm.getValue());
        if (existing == null) {
            supervision.arrange(expertId, form);
        } else {
            supervision.update(existing.getId(), existing.getVersion(), form);
        }
        Notices.success(getTranslation("mentoring.supervision.saved"));
        close();
        onSaved.run();
    }
}
