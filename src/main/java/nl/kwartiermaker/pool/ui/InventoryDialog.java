package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.InventoryForm;
import nl.kwartiermaker.pool.NeedsInventory;
import nl.kwartiermaker.pool.NeedsService;
import nl.kwartiermaker.pool.PoolRole;

/** A municipality's kick-off meeting: when, who took part, the roles and themes wanted, and notes. */
class InventoryDialog extends Dialog {

    private final transient NeedsService needs;
    private final long partnerId;
    private final transient NeedsInventory existing;
    private final transient Runnable onSaved;
    final DatePicker metOn;
    final TextArea participants = new TextArea();
    final CheckboxGroup<PoolRole> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<ExperienceTheme> themes = new MultiSelectComboBox<>();
    final TextArea notes = new TextArea();
    final Button save = new Button();

    InventoryDialog(NeedsService needs, long partnerId, NeedsInventory existing, DateWindow dates,
                    Runnable onSaved) {
        this.needs = needs;
        this.partnerId = partnerId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pool.needs.add" : "pool.needs.edit"));
        setWidth("min(48rem, 100vw)");
        metOn = PoolFormat.datePicker(this, getTranslation("pool.needs.field.date"), dates,
                existing == null ? null : existing.getMetOn());
        metOn.setRequiredIndicatorVisible(true);
        participants.setLabel(getTranslation("pool.needs.field.participants"));
        participants.setHelperText(getTranslation("pool.needs.field.participants.help"));
        participants.setMaxLength(NeedsInventory.PARTICIPANTS_MAX);
        roles.setLabel(getTranslation("pool.needs.field.roles"));
        roles.setItems(PoolRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        themes.setLabel(getTranslation("pool.needs.field.themes"));
        themes.setItems(ExperienceTheme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        notes.setLabel(getTranslation("pool.needs.field.notes"));
        notes.setHelperText(getTranslation("pool.needs.field.notes.help"));
        if (existing != null) {
            participants.setValue(existing.getParticipants());
            roles.setValue(existing.getRolesWanted());
            themes.setValue(existing.getThemes());
            notes.setValue(existing.getNotes());
        }
        FormLayout form = new FormLayout(metOn, participants, roles, themes, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        InventoryForm form = new InventoryForm(metOn.getValue(), participants.getValue(), themes.getValue(),
                roles.getValue(), notes.getValue());
        NeedsInventory saved = existing == null ? needs.addInventory(partnerId, form)
                : needs.updateInventory(existing.getId(), existing.getVersion(), form);
        Notices.success(getTranslation("pool.needs.saved", PoolFormat.date(this, saved.getMetOn())));
        close();
        onSaved.run();
    }
}
