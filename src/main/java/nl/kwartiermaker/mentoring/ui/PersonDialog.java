package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.util.Map;
import java.util.function.Consumer;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.Employment;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.MentoringRegisterService;
import nl.kwartiermaker.mentoring.PersonForm;
import nl.kwartiermaker.mentoring.RegisteredPerson;
import nl.kwartiermaker.mentoring.Seniority;
import nl.kwartiermaker.user.UserService;

/**
 * Registers someone in Begeleiding or changes their entry: who they are, what they are (expert, mentor, buddy,
 * supervisor) and the fields that go with it; fields that do not apply are hidden. Refused input leaves the form as it
 * was typed; a change saved by someone else in the meantime is reported, not overwritten.
 */
class PersonDialog extends Dialog {

    private final transient MentoringRegisterService register;
    private final RegisteredPerson existing;
    private final transient Consumer<RegisteredPerson> onSaved;
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<UserService.Person> account = new ComboBox<>();
    final Checkbox expert = new Checkbox();
    final Checkbox offersMentoring = new Checkbox();
    final Checkbox offersBuddy = new Checkbox();
    final Checkbox supervisor = new Checkbox();
    final TextField team = new TextField();
    final MultiSelectComboBox<ExperienceTheme> themes = new MultiSelectComboBox<>();
    final DatePicker startDate = new DatePicker();
    final ComboBox<Long> traject = new ComboBox<>();
    final RadioButtonGroup<Employment> employment = new RadioButtonGroup<>();
    final IntegerField hours = new IntegerField();
    final Select<Seniority> seniority = new Select<>();
    final IntegerField capacity = new IntegerField();
    final Checkbox available = new Checkbox();
    final TextField availabilityNote = new TextField();
    final Button save = new Button();
    private final FormLayout expertFields;
    private final FormLayout supporterFields;

    PersonDialog(MentoringRegisterService register, UserService users, RegisteredPerson existing,
                 Consumer<RegisteredPerson> onSaved) {
        this.register = register;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "mentoring.register.add" : "mentoring.register.edit"));
        setWidth("min(52rem, 100vw)");

        name.setLabel(getTranslation("mentoring.register.field.name"));
        name.setMaxLength(RegisteredPerson.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("mentoring.register.field.email"));
        email.setHelperText(getTranslation("mentoring.register.field.email.help"));
        email.setMaxLength(RegisteredPerson.EMAIL_MAX);
        List<UserService.Person> people = users.activePeople();
        account.setLabel(getTranslation("mentoring.register.field.account"));
        account.setHelperText(getTranslation("mentoring.register.field.account.help"));
        account.setItems(people);
        account.setItemLabelGenerator(UserService.Person::displayName);
        account.setClearButtonVisible(true);
        expert.setLabel(getTranslation("mentoring.register.field.expert"));
        offersMentoring.setLabel(getTranslation("mentoring.register.field.mentor"));
        offersBuddy.setLabel(getTranslation("mentoring.register.field.buddy"));
        supervisor.setLabel(getTranslation("mentoring.register.field.supervisor"));
        team.setLabel(getTranslation("mentoring.register.field.team"));
        team.setMaxLength(RegisteredPerson.TEAM_MAX);
        themes.setLabel(getTranslation("mentoring.register.field.themes"));
        themes.setItems(ExperienceTheme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.labelKey()));

        startDate.setLabel(getTranslation("mentoring.register.field.startdate"));
        startDate.setRequiredIndicatorVisible(true);
        DateWindow starts = register.startDates();
        String outside = getTranslation("mentoring.register.error.startdate.window", starts.firstYear(),
                starts.lastYear());
        LocalDate saved = existing == null ? null : existing.getStartDate();
        startDate.setMin(saved != null && saved.isBefore(starts.earliest()) ? saved : starts.earliest());
        startDate.setMax(starts.latest());
        startDate.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        Map<Long, String> trajecten = register.trajectChoices();
        traject.setLabel(getTranslation("mentoring.register.field.traject"));
        traject.setItems(trajecten.keySet());
        traject.setItemLabelGenerator(id -> trajecten.getOrDefault(id, ""));
        traject.setClearButtonVisible(true);
        employment.setLabel(getTranslation("mentoring.register.field.employment"));
        employment.setItems(Employment.values());
        employment.setItemLabelGenerator(e -> getTranslation(e.labelKey()));
        employment.setRequiredIndicatorVisible(true);
        hours.setLabel(getTranslation("mentoring.register.field.hours"));
        hours.setHelperText(getTranslation("mentoring.register.field.hours.help", RegisteredPerson.HOURS_MIN,
                RegisteredPerson.HOURS_MAX));
        hours.setMin(RegisteredPerson.HOURS_MIN);
        hours.setMax(RegisteredPerson.HOURS_MAX);

        seniority.setLabel(getTranslation("mentoring.register.field.seniority"));
        seniority.setItems(Seniority.values());
        seniority.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        seniority.setEmptySelectionAllowed(true);
        capacity.setLabel(getTranslation("mentoring.register.field.capacity"));
        capacity.setHelperText(getTranslation("mentoring.register.field.capacity.help"));
        capacity.setMin(0);
        capacity.setMax(RegisteredPerson.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        available.setLabel(getTranslation("mentoring.register.field.available"));
        availabilityNote.setLabel(getTranslation("mentoring.register.field.availability"));
        availabilityNote.setHelperText(getTranslation("mentoring.register.field.availability.help"));
        availabilityNote.setMaxLength(RegisteredPerson.NOTE_MAX);

        FormLayout who = form(name, email, account, team, themes);
        who.setColspan(themes, 2);
        FormLayout what = form(expert, offersMentoring, offersBuddy, supervisor);
        expertFields = form(startDate, traject, employment, hours);
        supporterFields = form(seniority, capacity, available, availabilityNote);
        add(who, heading("mentoring.register.form.roles"), what, expertFields, supporterFields);

        if (existing == null) {
            expert.setValue(true);
            available.setValue(true);
            capacity.setValue(1);
        } else {
            fill(existing, people);
        }
        showFieldsThatApply();
        expert.addValueChangeListener(e -> showFieldsThatApply());
        offersMentoring.addValueChangeListener(e -> showFieldsThatApply());
        offersBuddy.addValueChangeListener(e -> showFieldsThatApply());

        DialogButtons.saveAndCancel(this, save, this::save);
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

    private void showFieldsThatApply() {
        expertFields.setVisible(expert.getValue());
        supporterFields.setVisible(offersMentoring.getValue() || offersBuddy.getValue());
    }

    private void fill(RegisteredPerson person, List<UserService.Person> people) {
        name.setValue(person.getName());
        email.setValue(person.getEmail() == null ? "" : person.getEmail());
        people.stream().filter(p -> person.getUserId() != null && p.id() == person.getUserId()).findFirst()
                .ifPresent(account::setValue);
        expert.setValue(person.isExpert());
        offersMentoring.setValue(person.isOffersMentoring());
        offersBuddy.setValue(person.isOffersBuddy());
        supervisor.setValue(person.isSupervisor());
        team.setValue(person.getTeam());
        themes.setValue(person.getThemes());
        startDate.setValue(person.getStartDate());
        // a traject that was archived (or is hidden from this person) is no choice any more, so saving drops the link
        traject.getListDataView().getItems().filter(id -> id.equals(person.getTrajectId())).findFirst()
                .ifPresent(traject::setValue);
        employment.setValue(person.getEmployment());
        hours.setValue(person.getHoursPerWeek());
        seniority.setValue(person.getSeniority());
        capacity.setValue(person.getCapacity());
        available.setValue(person.isAvailable());
        availabilityNote.setValue(person.getAvailabilityNote());
    }

    void save() {
        PersonForm form = new PersonForm(name.getValue(), email.getValue(),
                account.getValue() == null ? null : account.getValue().id(), expert.getValue(),
                startDate.getValue(), team.getValue(), traject.getValue(), themes.getValue(), employment.getValue(),
                hours.getValue(), offersMentoring.getValue(), offersBuddy.getValue(), seniority.getValue(),
                capacity.getValue() == null ? 0 : capacity.getValue(), available.getValue(),
                availabilityNote.getValue(), supervisor.getValue());
        RegisteredPerson saved;
        try {
            saved = existing == null ? register.register(form)
                    : register.update(existing.getId(), existing.getVersion(), form);
        } catch (InvalidInput refused) {
            // caught only to mark the start date when the message is about it; the one error handler (UiSetup) tells
            // the message, and the dialog stays open with what was typed
            if (refused.messageKey().startsWith("mentoring.register.error.startdate")) {
                startDate.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                startDate.setInvalid(true);
            }
            throw refused;
        }
        Notices.success(getTranslation("mentoring.register.saved", saved.getName()));
        close();
        onSaved.accept(saved);
    }
}
