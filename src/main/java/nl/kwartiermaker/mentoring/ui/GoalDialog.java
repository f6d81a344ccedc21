package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.GoalForm;
import nl.kwartiermaker.mentoring.GoalStatus;
import nl.kwartiermaker.mentoring.GrowthGoal;
import nl.kwartiermaker.mentoring.GrowthPlanService;

/** A goal of the expert's own growth plan: new ({@code existing} null), changed, or ended as achieved or stopped. */
class GoalDialog extends Dialog {

    private final transient GrowthPlanService growthPlans;
    private final long personId;
    private final transient GrowthGoal existing;
    private final transient Runnable onSaved;
    final TextArea goal = new TextArea();
    final TextArea actions = new TextArea();
    final DatePicker reviewOn;
    final Select<GoalStatus> status = new Select<>();
    final Button save = new Button();

    GoalDialog(GrowthPlanService growthPlans, long personId, GrowthGoal existing, DateWindow dates, LocalDate today,
               Runnable onSaved) {
        this.growthPlans = growthPlans;
        this.personId = personId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "mentoring.growth.add" : "mentoring.growth.edit"));
        setWidth("min(40rem, 100vw)");
        goal.setLabel(getTranslation("mentoring.growth.field.goal"));
        goal.setHelperText(getTranslation("mentoring.growth.field.goal.help"));
        goal.setMaxLength(GrowthGoal.GOAL_MAX);
        goal.setRequiredIndicatorVisible(true);
        actions.setLabel(getTranslation("mentoring.growth.field.actions"));
        actions.setHelperText(getTranslation("mentoring.growth.field.actions.help"));
        actions.setMaxLength(GrowthGoal.ACTIONS_MAX);
        reviewOn = PlanDatePicker.of(this, getTranslation("mentoring.growth.field.review"),
                "mentoring.growth.error.review", dates, existing == null ? null : existing.getReviewOn(), today);
        reviewOn.setHelperText(getTranslation("mentoring.growth.field.review.help"));
        status.setLabel(getTranslation("mentoring.growth.field.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(existing == null ? GoalStatus.ACTIVE : existing.getStatus());
        status.setVisible(existing != null);
        if (existing != null) {
            goal.setValue(existing.getGoal());
            actions.setValue(existing.getActions());
        }
        FormLayout form = new FormLayout(goal, actions, reviewOn, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(goal, 2);
        form.setColspan(actions, 2);
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        GoalForm form = new GoalForm(goal.getValue(), actions.getValue(), reviewOn.getValue(), status.getValue());
        try {
            if (existing == null) {
                growthPlans.addGoal(personId, form);
            } else {
                growthPlans.updateGoal(existing.getId(), existing.getVersion(), form);
            }
        } catch (InvalidInput refused) {
            // caught only to mark the field the message is about; the one error handler tells the message
            HasValidation field = switch (refused.messageKey()) {
                case "mentoring.growth.error.review" -> reviewOn;
                case "mentoring.growth.error.actions" -> actions;
                default -> goal;
            };
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
            field.setInvalid(true);
            throw refused;
        }
        Notices.success(getTranslation("mentoring.growth.saved"));
        close();
        onSaved.run();
    }
}
