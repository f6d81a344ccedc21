package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.Deployment;
import nl.kwartiermaker.pool.DeploymentRequest;
import nl.kwartiermaker.pool.PoolAssignmentService;
import nl.kwartiermaker.pool.PoolSuggestion;

/**
 * Deploys an expert on a request: whom (any of the suggestions), how many hours a week and over which part of the
 * request's period. Someone other than the first suggestion asks for the reason, which stays with the deployment.
 */
class AssignDialog extends Dialog {

    final ComboBox<PoolSuggestion> expert = new ComboBox<>();
    final IntegerField hoursPerWeek = new IntegerField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    AssignDialog(PoolAssignmentService assignments, DeploymentRequest request, List<PoolSuggestion> ranked,
                 PoolSuggestion chosen, LocalDate today, Runnable onAssigned) {
        PoolSuggestion top = ranked.getFirst();
        setHeaderTitle(getTranslation("pool.deploy.assign.title"));
        setWidth("min(36rem, 100vw)");
        expert.setLabel(getTranslation("pool.deploy.assign.expert"));
        expert.setItems(ranked);
        expert.setItemLabelGenerator(s -> getTranslation("pool.deploy.assign.option", s.name(), s.freeHours()));
        expert.setRequiredIndicatorVisible(true);
        hoursPerWeek.setLabel(getTranslation("pool.deploy.assign.hours"));
        hoursPerWeek.setMin(1);
        hoursPerWeek.setStepButtonsVisible(true);
        hoursPerWeek.setRequiredIndicatorVisible(true);
        LocalDate from = request.getStartsOn().isAfter(today) || today.isAfter(request.getEndsOn())
                ? request.getStartsOn() : today;
        for (DatePicker picker : List.of(startsOn, endsOn)) {
            String outside = getTranslation("pool.deploy.error.period");
            picker.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
            picker.setMin(request.getStartsOn());
            picker.setMax(request.getEndsOn());
            picker.setRequiredIndicatorVisible(true);
        }
        startsOn.setLabel(getTranslation("pool.requests.field.from"));
        startsOn.setValue(from);
        endsOn.setLabel(getTranslation("pool.requests.field.until"));
        endsOn.setValue(request.getEndsOn());
        reason.setLabel(getTranslation("pool.deploy.assign.reason"));
        reason.setHelperText(getTranslation("pool.deploy.assign.reason.help", top.name()));
        reason.setMaxLength(Deployment.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        expert.addValueChangeListener(e -> fit(e.getValue(), top, request));
        expert.setValue(chosen);
        fit(chosen, top, request);

        FormLayout form = new FormLayout(expert, hoursPerWeek, startsOn, endsOn, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(expert, 2);
        form.setColspan(reason, 2);
        add(form);
        DialogButtons.saveAndCancel(this, save, () -> {
            PoolSuggestion who = expert.getValue();
            if (who == null) {
                expert.setErrorMessage(getTranslation("pool.deploy.assign.expert.required"));
                expert.setInvalid(true);
                return;
            }
            try {
                assignments.assign(request.getId(), new PoolAssignmentService.Assignment(who.expertId(),
                        hoursPerWeek.getValue(), startsOn.getValue(), endsOn.getValue(),
                        who.expertId() == top.expertId() ? "" : reason.getValue()));
            } catch (InvalidInput refused) {
                // caught only to mark the reason when that is what is missing; the one error handler tells it
                if (refused.messageKey().startsWith("pool.deploy.error.reason")) {
                    reason.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                    reason.setInvalid(true);
                }
                throw refused;
            }
            Notices.success(getTranslation("pool.deploy.assigned", who.name()));
            close();
            onAssigned.run();
        });
    }

    /**
     * The hours proposed for the chosen expert: what the request asks per week, at most their free hours; and the
     * reason only when they are not the first suggestion.
     */
    private void fit(PoolSuggestion who, PoolSuggestion top, DeploymentRequest request) {
        reason.setVisible(who != null && who.expertId() != top.expertId());
        if (who == null) {
            return;
        }
        long weeks = Math.max(1, ChronoUnit.WEEKS.between(request.getStartsOn(), request.getEndsOn().plusDays(1)));
        int asked = (int) Math.max(1, Math.ceil((double) request.getExpectedHours() / weeks));
        hoursPerWeek.setMax(who.freeHours());
        hoursPerWeek.setValue(Math.min(asked, who.freeHours()));
        hoursPerWeek.setHelperText(getTranslation("pool.deploy.assign.hours.help", who.freeHours(),
                who.hoursAvailable()));
    }
}
