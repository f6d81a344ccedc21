package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.IntervisionGroup;
import nl.kwartiermaker.mentoring.IntervisionGroupForm;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.PersonChoice;

/** An intervision group as the coordinator makes or changes it: name, facilitator, method, schedule and members. */
class GroupDialog extends Dialog {

    private final transient IntervisionService intervision;
    private final transient IntervisionGroup existing;
    private final transient Consumer<IntervisionGroup> onSaved;
    final TextField name = new TextField();
    final ComboBox<PersonChoice> facilitator = new ComboBox<>();
    final TextField method = new TextField();
    final TextField schedule = new TextField();
    final MultiSelectComboBox<PersonChoice> members = new MultiSelectComboBox<>();
    final Button save = new Button();

    GroupDialog(IntervisionService intervision, IntervisionGroup existing, Consumer<IntervisionGroup> onSaved) {
        this.intervision = intervision;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "mentoring.intervision.group.new"
                : "mentoring.intervision.group.edit"));
        setWidth("min(44rem, 100vw)");
        List<PersonChoice> people = intervision.choices();
        name.setLabel(getTranslation("mentoring.intervision.field.name"));
        name.setMaxLength(IntervisionGroup.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        facilitator.setLabel(getTranslation("mentoring.intervision.field.facilitator"));
        facilitator.setHelperText(getTranslation("mentoring.intervision.field.facilitator.help"));
        facilitator.setItems(people);
        facilitator.setItemLabelGenerator(PersonChoice::name);
        facilitator.setClearButtonVisible(true);
        method.setLabel(getTranslation("mentoring.intervision.field.method"));
        method.setHelperText(getTranslation("mentoring.intervision.field.method.help"));
        method.setMaxLength(IntervisionGroup.METHOD_MAX);
        schedule.setLabel(getTranslation("mentoring.intervision.field.schedule"));
        schedule.setHelperText(getTranslation("mentoring.intervision.field.schedule.help"));
        schedule.setMaxLength(IntervisionGroup.SCHEDULE_MAX);
        members.setLabel(getTranslation("mentoring.intervision.field.members"));
        members.setHelperText(getTranslation("mentoring.intervision.field.members.help",
                IntervisionGroup.MIN_MEMBERS, IntervisionGroup.MAX_MEMBERS));
        members.setItems(people.stream().filter(PersonChoice::expert).toList());
        members.setItemLabelGenerator(PersonChoice::name);
        if (existing != null) {
            name.setValue(existing.getName());
            people.stream().filter(p -> Long.valueOf(p.id()).equals(existing.getFacilitatorId())).findFirst()
                    .ifPresent(facilitator::setValue);
            method.setValue(existing.getMethod());
            schedule.setValue(existing.getSchedule());
            members.setValue(people.stream().filter(p -> existing.getMemberIds().contains(p.id()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(name, facilitator, method, schedule, members);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(schedule, 2);
        form.setColspan(members, 2);
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        Set<Long> memberIds = members.getValue().stream().map(PersonChoice::id).collect(Collectors.toSet());
        IntervisionGroupForm form = new IntervisionGroupForm(name.getValue(),
                facilitator.getValue() == null ? null : facilitator.getValue().id(), method.getValue(),
                schedule.getValue(), memberIds);
        IntervisionGroup saved = existing == null ? intervision.createGroup(form)
                : intervision.updateGroup(existing.getId(), existing.getVersion(), form);
        Notices.success(getTranslation("mentoring.intervision.group.saved", saved.getName()));
        close();
        onSaved.accept(saved);
    }
}
