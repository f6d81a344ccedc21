package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.SupervisionArrangement;
import nl.kwartiermaker.mentoring.SupervisionService;
import nl.kwartiermaker.mentoring.SupervisionSessionForm;

/** The next supervision session; saving it sends the calendar invitation to expert and supervisor. */
class SupervisionSessionDialog extends Dialog {

    private final transient SupervisionService supervision;
    private final transient SupervisionArrangement arrangement;
    private final transient Runnable onSaved;
    final SessionTimeFields when;
    final TextField location = new TextField();
    final Button save = new Button();

    SupervisionSessionDialog(SupervisionService supervision, SupervisionArrangement arrangement, DateWindow dates,
                             LocalDateTime now, Runnable onSaved) {
        this.supervision = supervision;
        this.arrangement = arrangement;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("mentoring.supervision.session.title"));
        setWidth("min(36rem, 100vw)");
        boolean moving = arrangement.getNextSessionAt() != null && arrangement.getNextSessionAt().isAfter(now);
        when = new SessionTimeFields(this, dates, "mentoring.supervision.error.date",
                moving ? arrangement.getNextSessionAt() : null, arrangement.getSessionMinutes(), now.toLocalDate());
        if (!moving) {
            when.minutes.setValue(arrangement.getSessionMinutes());
        }
        location.setLabel(getTranslation("mentoring.intervision.field.location"));
        location.setMaxLength(SupervisionArrangement.LOCATION_MAX);
        location.setValue(arrangement.getLocation());
        FormLayout form = new FormLayout(when.date, when.time, when.minutes, location);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(location, 3);
        add(new Paragraph(getTranslation("mentoring.supervision.session.help")), form);
        save.setText(getTranslation("mentoring.supervision.session.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        supervision.planSession(arrangement.getId(), arrangement.getVersion(),
                new SupervisionSessionForm(when.startsAt(), when.minutesValue(), location.getValue()));
        Notices.success(getTranslation("mentoring.supervision.session.saved"));
        close();
        onSaved.run();
    }
}
