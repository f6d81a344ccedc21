package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import nl.kwartiermaker.pool.ExpertProfile;
import nl.kwartiermaker.pool.PoolExpert;
import nl.kwartiermaker.pool.PoolExpertService;
import nl.kwartiermaker.pool.PoolExpertService.ExpertLine;
import nl.kwartiermaker.pool.TrainingLevel;
import nl.kwartiermaker.roledescription.CoreTask;

/**
 * Adds an expert to the pool — someone from Begeleiding's register, or someone new registered there from here — or
 * changes an expert's profile: residence or tie with the region, training, core tasks, hours available, and whether
 * they take new deployments. Refused input leaves the form as it was typed.
 */
class ExpertDialog extends Dialog {

    /** Where a new expert of the pool comes from. */
    enum Source { REGISTER, NEW }

    final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    final ComboBox<RegisterDirectory.Entry> person = new ComboBox<>();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final MultiSelectComboBox<ExperienceTheme> themes = new MultiSelectComboBox<>();
    final DatePicker startDate = new DatePicker();
    final TextField residence = new TextField();
    final TextField regionTie = new TextField();
    final Select<TrainingLevel> training = new Select<>();
    final CheckboxGroup<CoreTask> tasks = new CheckboxGroup<>();
    final IntegerField hours = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final FormLayout newPerson;

    ExpertDialog(PoolExpertService experts, ExpertLine existing, LocalDate today, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("pool.experts.add")
                : getTranslation("pool.experts.edit.title", existing.name()));
        setWidth("min(44rem, 100vw)");
        newPerson = form(name, email, themes, startDate);
        if (existing == null) {
            source.setLabel(getTranslation("pool.experts.field.source"));
            source.setItems(Source.values());
            source.setItemLabelGenerator(s -> getTranslation("pool.experts.source." + s.name().toLowerCase(Locale.ROOT)));
            List<RegisterDirectory.Entry> choices = experts.registerChoices();
            person.setLabel(getTranslation("pool.experts.field.person"));
            person.setHelperText(getTranslation("pool.experts.field.person.help"));
            person.setItems(choices);
            person.setItemLabelGenerator(RegisterDirectory.Entry::name);
            person.setWidthFull();
            name.setLabel(getTranslation("pool.experts.field.name"));
            name.setRequiredIndicatorVisible(true);
            email.setLabel(getTranslation("pool.experts.field.email"));
            themes.setLabel(getTranslation("pool.experts.field.themes"));
            themes.setHelperText(getTranslation("pool.experts.field.themes.help"));
            themes.setItems(ExperienceTheme.values());
            themes.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
            startDate.setLabel(getTranslation("pool.experts.field.start"));
            startDate.setI18n(ComponentTexts.datePicker(this));
            newPerson.setColspan(themes, 2);
            source.addValueChangeListener(e -> showSource(today));
            source.setValue(choices.isEmpty() ? Source.NEW : Source.REGISTER);
            add(source, person, newPerson, heading("pool.experts.form.profile"));
        }
        residence.setLabel(getTranslation("pool.experts.field.residence"));
        residence.setMaxLength(PoolExpert.RESIDENCE_MAX);
        regionTie.setLabel(getTranslation("pool.experts.field.tie"));
        regionTie.setHelperText(getTranslation("pool.experts.field.tie.help"));
        regionTie.setMaxLength(PoolExpert.REGION_TIE_MAX);
        training.setLabel(getTranslation("pool.experts.field.training"));
        training.setHelperText(getTranslation("pool.experts.field.training.help"));
        training.setItems(TrainingLevel.values());
        training.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        // no required mark on a Select: Vaadin puts aria-required on its value button, which axe refuses
        // (aria-allowed-attr); the service names a missing choice
        tasks.setLabel(getTranslation("pool.experts.field.tasks"));
        tasks.setItems(CoreTask.values());
        tasks.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        tasks.setRequiredIndicatorVisible(true);
        hours.setLabel(getTranslation("pool.experts.field.hours"));
        hours.setHelperText(getTranslation("pool.experts.field.hours.help", PoolExpertService.HOURS_MAX));
        hours.setMin(1);
        hours.setMax(PoolExpertService.HOURS_MAX);
        hours.setRequiredIndicatorVisible(true);
        active.setLabel(getTranslation("pool.experts.field.active"));
        FormLayout profile = form(residence, regionTie, training, hours, tasks);
        profile.setColspan(tasks, 2);
        add(profile);
        if (existing != null) {
            PoolExpert expert = existing.expert();
            residence.setValue(expert.getResidence());
            regionTie.setValue(expert.getRegionTie());
            training.setValue(expert.getTraining());
            tasks.setValue(expert.getCoreTasks());
            hours.setValue(expert.getHoursAvailable());
            active.setValue(expert.isActive());
            add(active);
        }
        DialogButtons.saveAndCancel(this, save, () -> {
            ExpertProfile filled = new ExpertProfile(residence.getValue(), regionTie.getValue(), training.getValue(),
                    tasks.getValue(), hours.getValue());
            String saved = save(experts, existing, filled);
            if (saved == null) {
                return;
            }
            Notices.success(getTranslation("pool.experts.saved", saved));
            close();
            onSaved.run();
        });
    }

    /** Saves what the form says and returns the expert's name for the notice; null when no one was chosen. */
    private String save(PoolExpertService experts, ExpertLine existing, ExpertProfile filled) {
        if (existing != null) {
            experts.update(existing.expert().getId(), existing.expert().getVersion(), filled, active.getValue());
            return existing.name();
        }
        if (source.getValue() == Source.NEW) {
            experts.addNew(name.getValue(), email.getValue(), themes.getValue(), startDate.getValue(), filled);
            return name.getValue().strip();
        }
        if (person.getValue() == null) {
            person.setErrorMessage(getTranslation("pool.experts.error.person"));
            person.setInvalid(true);
            return null;
        }
        experts.add(person.getValue().id(), filled);
        return person.getValue().name();
    }

    private void showSource(LocalDate today) {
        boolean fromRegister = source.getValue() == Source.REGISTER;
        person.setVisible(fromRegister);
        newPerson.setVisible(!fromRegister);
        if (!fromRegister && startDate.isEmpty()) {
            startDate.setValue(today);
        }
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("dialog-section");
        return heading;
    }
}
