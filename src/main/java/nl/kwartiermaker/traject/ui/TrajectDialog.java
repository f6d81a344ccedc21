package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.Membership;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;

/**
 * Starts a traject or changes its basics: what, where, why, with whom. Refused input leaves the form as it was typed;
 * a change saved by someone else in the meantime is reported, not overwritten.
 */
class TrajectDialog extends Dialog {

    private final transient TrajectService trajecten;
    private final Traject existing;
    private final transient Consumer<Traject> onSaved;
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final RadioButtonGroup<StartingPoint> startingPoint = new RadioButtonGroup<>();
    final TextArea description = new TextArea();
    final CheckboxGroup<Domain> domains = new CheckboxGroup<>();
    final CheckboxGroup<ExpertRole> roles = new CheckboxGroup<>();
    final ComboBox<UserService.Person> lead = new ComboBox<>();
    final MultiSelectComboBox<UserService.Person> members = new MultiSelectComboBox<>();
    final DatePicker startDate = new DatePicker();
    final Checkbox startSmall = new Checkbox();
    final TextField pilotTeams = new TextField();
    final IntegerField plannedExperts = new IntegerField();
    final TextField lineManager = new TextField();
    final TextField seniorExpert = new TextField();
    final Checkbox visibleToAll = new Checkbox();
    final Button save = new Button();

    TrajectDialog(TrajectService trajecten, UserService users, PortalTime time, Traject existing,
                  Consumer<Traject> onSaved) {
        this.trajecten = trajecten;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "traject.new" : "traject.edit"));
        setWidth("min(52rem, 100vw)");
        List<UserService.Person> people = users.activePeople();

        name.setLabel(getTranslation("traject.field.name"));
        name.setMaxLength(Traject.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        unit.setLabel(getTranslation("traject.field.unit"));
        unit.setHelperText(getTranslation("traject.field.unit.help"));
        unit.setMaxLength(Traject.UNIT_MAX);
        unit.setRequiredIndicatorVisible(true);
        startingPoint.setLabel(getTranslation("traject.field.startingpoint"));
        startingPoint.setItems(StartingPoint.values());
        startingPoint.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        startingPoint.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("traject.field.description"));
        description.setMaxLength(Traject.DESCRIPTION_MAX);
        domains.setLabel(getTranslation("traject.field.domains"));
        domains.setItems(Domain.values());
        domains.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        roles.setLabel(getTranslation("traject.field.roles"));
        roles.setItems(ExpertRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        lead.setLabel(getTranslation("traject.field.lead"));
        lead.setItems(people);
        lead.setItemLabelGenerator(UserService.Person::displayName);
        lead.setRequiredIndicatorVisible(true);
        members.setLabel(getTranslation("traject.field.members"));
        members.setHelperText(getTranslation("traject.field.members.help"));
        members.setItems(people);
        members.setItemLabelGenerator(UserService.Person::displayName);
        startDate.setLabel(getTranslation("traject.field.startdate"));
        startDate.setRequiredIndicatorVisible(true);
        DateWindow starts = trajecten.startDates(existing);
        String outside = getTranslation("traject.error.startdate.window", starts.firstYear(), starts.lastYear());
        // an existing traject's start date stays selectable even when the window has moved past it
        LocalDate saved = existing == null ? null : existing.getStartDate();
        startDate.setMin(saved != null && saved.isBefore(starts.earliest()) ? saved : starts.earliest());
        startDate.setMax(starts.latest());
        startDate.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        startSmall.setLabel(getTranslation("traject.field.startsmall"));
        pilotTeams.setLabel(getTranslation("traject.field.pilot"));
        pilotTeams.setMaxLength(Traject.PILOT_MAX);
        plannedExperts.setLabel(getTranslation("traject.field.planned"));
        plannedExperts.setMin(0);
        plannedExperts.setMax(Traject.PLANNED_EXPERTS_MAX);
        lineManager.setLabel(getTranslation("traject.field.linemanager"));
        lineManager.setMaxLength(Traject.PERSON_MAX);
        seniorExpert.setLabel(getTranslation("traject.field.senior"));
        seniorExpert.setMaxLength(Traject.PERSON_MAX);
        visibleToAll.setLabel(getTranslation("traject.field.visible"));

        if (existing == null) {
            users.currentAccount().flatMap(me -> people.stream().filter(p -> p.id() == me.id()).findFirst())
                    .ifPresent(lead::setValue);
            startDate.setValue(time.today());
            startSmall.setValue(true);
        } else {
            fill(existing, people);
        }
        pilotTeams.setEnabled(startSmall.getValue());
        startSmall.addValueChangeListener(e -> pilotTeams.setEnabled(e.getValue()));

        FormLayout form = new FormLayout(name, unit, startingPoint, description, domains, roles, lead, members,
                startDate, startSmall, pilotTeams, plannedExperts, lineManager, seniorExpert, visibleToAll);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(description, 2);
        add(form);

        DialogButtons.saveAndCancel(this, save, this::save);
    }

    private void fill(Traject traject, List<UserService.Person> people) {
        name.setValue(traject.getName());
        unit.setValue(traject.getOrganisationUnit());
        startingPoint.setValue(traject.getStartingPoint());
        description.setValue(traject.getStartingPointDescription());
        domains.setValue(traject.getDomains());
        roles.setValue(traject.getExpertRoles());
        people.stream().filter(p -> p.id() == traject.getProjectLeadId()).findFirst().ifPresent(lead::setValue);
        Set<Long> memberIds = traject.getMembers().stream().map(Membership::userId).collect(Collectors.toSet());
        members.setValue(people.stream().filter(p -> memberIds.contains(p.id())).collect(Collectors.toSet()));
        startDate.setValue(traject.getStartDate());
        startSmall.setValue(traject.isStartSmall());
        pilotTeams.setValue(traject.getPilotTeams());
        plannedExperts.setValue(traject.getPlannedExperts());
        lineManager.setValue(traject.getLineManager());
        seniorExpert.setValue(traject.getSeniorExpertAdviser());
        visibleToAll.setValue(traject.isVisibleToAllStaff());
    }

    void save() {
        if (lead.isEmpty()) {
            lead.setInvalid(true);
            lead.setErrorMessage(getTranslation("traject.error.lead"));
            return;
        }
        TrajectForm form = new TrajectForm(name.getValue(), unit.getValue(), startingPoint.getValue(),
                description.getValue(), domains.getValue(), roles.getValue(), lead.getValue().id(),
                startDate.getValue(), startSmall.getValue(), startSmall.getValue() ? pilotTeams.getValue() : "",
                plannedExperts.getValue(), lineManager.getValue(), seniorExpert.getValue(), visibleToAll.getValue(),
                members.getValue().stream().map(UserService.Person::id).collect(Collectors.toSet()));
        Traject saved;
        try {
            saved = existing == null ? trajecten.create(form)
                    : trajecten.update(existing.getId(), existing.getVersion(), form);
        } catch (InvalidInput refused) {
            // caught only to mark the start date when the message is about it; the one error handler (UiSetup) tells
            // the message, and the dialog stays open with what was typed (as it does on a conflicting edit)
            if (refused.messageKey().startsWith("traject.error.startdate")) {
                startDate.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                startDate.setInvalid(true);
            }
            throw refused;
        }
        Notices.success(getTranslation("traject.saved", saved.getName()));
        close();
        onSaved.accept(saved);
    }
}
