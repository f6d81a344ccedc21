package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionSession;
import nl.kwartiermaker.mentoring.PersonChoice;

/** Who came to a session that took place: the group's members, ticked. Nobody ticked is a valid answer. */
class AttendanceDialog extends Dialog {

    private final transient IntervisionService intervision;
    private final transient IntervisionSession session;
    private final transient Runnable onSaved;
    final CheckboxGroup<PersonChoice> present = new CheckboxGroup<>();
    final Button save = new Button();

    AttendanceDialog(IntervisionService intervision, IntervisionSession session, List<PersonChoice> members,
                     String when, Runnable onSaved) {
        this.intervision = intervision;
        this.session = session;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("mentoring.intervision.attendance.title", when));
        setWidth("min(32rem, 100vw)");
        present.setLabel(getTranslation("mentoring.intervision.attendance.present"));
        present.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        present.setItems(members);
        present.setItemLabelGenerator(PersonChoice::name);
        present.setValue(members.stream().filter(m -> session.getPresentIds().contains(m.id()))
                .collect(Collectors.toSet()));
        add(present);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        intervision.recordAttendance(session.getId(), session.getVersion(),
                present.getValue().stream().map(PersonChoice::id).collect(Collectors.toSet()));
        Notices.success(getTranslation("mentoring.intervision.attendance.saved", present.getValue().size()));
        close();
        onSaved.run();
    }
}
