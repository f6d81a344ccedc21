package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.Deployment;
import nl.kwartiermaker.pool.DeploymentRequestService.DeploymentLine;
import nl.kwartiermaker.pool.PoolAssignmentService;
import nl.kwartiermaker.pool.RealisedHours;

/**
 * Ends a deployment early, after saying what stays (the hours realised) and what cannot be undone. When it is the
 * request's last running deployment, the coordinator says whether the request is done or waits for another expert.
 */
class EndDialog extends Dialog {

    final DatePicker lastDay = new DatePicker();
    final Checkbox requestDone = new Checkbox();
    final Button end = new Button();

    EndDialog(PoolAssignmentService assignments, DeploymentLine line, boolean othersRun, LocalDate today,
              Runnable onEnded) {
        Deployment deployment = line.deployment();
        setHeaderTitle(getTranslation("pool.deploy.end.title", line.expertName()));
        setWidth("min(32rem, 100vw)");
        LocalDate earliest = line.weeks().stream().map(RealisedHours::getWeekStart).findFirst()
                .filter(w -> w.isAfter(deployment.getStartsOn())).orElse(deployment.getStartsOn());
        lastDay.setLabel(getTranslation("pool.deploy.end.last"));
        lastDay.setI18n(ComponentTexts.datePicker(this));
        lastDay.setMin(earliest);
        lastDay.setMax(deployment.getEndsOn());
        lastDay.setValue(today.isBefore(earliest) ? earliest : today.isAfter(deployment.getEndsOn())
                ? deployment.getEndsOn() : today);
        lastDay.setRequiredIndicatorVisible(true);
        requestDone.setLabel(getTranslation("pool.deploy.end.done"));
        requestDone.setHelperText(getTranslation("pool.deploy.end.done.help"));
        requestDone.setValue(true);
        requestDone.setVisible(!othersRun);
        add(new Paragraph(getTranslation("pool.deploy.end.text")), lastDay, requestDone);
        end.setText(getTranslation("pool.deploy.end"));
        end.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        end.addClickListener(e -> {
            assignments.end(deployment.getId(), deployment.getVersion(), lastDay.getValue(), requestDone.getValue());
            Notices.success(getTranslation("pool.deploy.ended.saved", line.expertName()));
            close();
            onEnded.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), end);
    }
}
