package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.OnboardingService;
import nl.kwartiermaker.mentoring.OnboardingTask;

/** The coordinator moves the due date of one onboarding task. */
class TaskDueDialog extends Dialog {

    final DatePicker date;
    final Button save = new Button();

    TaskDueDialog(OnboardingService onboarding, OnboardingTask task, DateWindow dates, LocalDate today,
                  Runnable onSaved) {
        setHeaderTitle(getTranslation("mentoring.onboarding.move"));
        setWidth("min(28rem, 100vw)");
        date = PlanDatePicker.of(this, getTranslation("mentoring.onboarding.own.due"),
                "mentoring.onboarding.error.due", dates, task.getDueOn(), today);
        date.setRequiredIndicatorVisible(true);
        add(new Paragraph(task.getTitle()), date);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                onboarding.changeDue(task.getId(), task.getVersion(), date.getValue());
            } catch (InvalidInput refused) {
                // caught only to mark the field; the one error handler tells the message
                date.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                date.setInvalid(true);
                throw refused;
            }
            Notices.success(getTranslation("mentoring.onboarding.moved", task.getTitle()));
            close();
            onSaved.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
