package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.ActivityForm;
import nl.kwartiermaker.pool.NeedsService;
import nl.kwartiermaker.pool.RegionalActivity;

/** A regional activity of the pool, such as a PSY-café: new ({@code existing} null) or changed. */
class ActivityDialog extends Dialog {

    private final transient NeedsService needs;
    private final transient RegionalActivity existing;
    private final transient Runnable onSaved;
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<ExperienceTheme> themes = new MultiSelectComboBox<>();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final Button save = new Button();

    ActivityDialog(NeedsService needs, RegionalActivity existing, DateWindow dates, Runnable onSaved) {
        this.needs = needs;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pool.activity.add" : "pool.activity.edit"));
        setWidth("min(44rem, 100vw)");
        title.setLabel(getTranslation("pool.activity.field.title"));
        title.setMaxLength(RegionalActivity.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("pool.activity.field.description"));
        description.setMaxLength(RegionalActivity.DESCRIPTION_MAX);
        themes.setLabel(getTranslation("pool.activity.field.themes"));
        themes.setItems(ExperienceTheme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        startsOn = PoolFormat.datePicker(this, getTranslation("pool.activity.field.start"), dates,
                existing == null ? null : existing.getStartsOn());
        startsOn.setRequiredIndicatorVisible(true);
        endsOn = PoolFormat.datePicker(this, getTranslation("pool.activity.field.end"), dates,
                existing == null ? null : existing.getEndsOn());
        endsOn.setHelperText(getTranslation("pool.activity.field.end.help"));
        endsOn.setClearButtonVisible(true);
        if (existing != null) {
            title.setValue(existing.getTitle());
            description.setValue(existing.getDescription());
            themes.setValue(existing.getThemes());
        }
        FormLayout form = new FormLayout(title, description, themes, startsOn, endsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(themes, 2);
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        ActivityForm form = new ActivityForm(title.getValue(), description.getValue(), themes.getValue(),
                startsOn.getValue(), endsOn.getValue());
        RegionalActivity saved = existing == null ? needs.addActivity(form)
                : needs.updateActivity(existing.getId(), existing.getVersion(), form);
        Notices.success(getTranslation("pool.activity.saved", saved.getTitle()));
        close();
        onSaved.run();
    }
}
