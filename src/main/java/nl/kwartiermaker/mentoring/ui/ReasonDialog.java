package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.mentoring.Mentorship;

/**
 * Asks for a reason before a step that others are told about (declining a proposal, ending a mentorship); the reason
 * goes with the message. Cancel leaves everything as it was.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm;

    ReasonDialog(String title, String text, String confirmLabel, boolean destructive, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setWidth("min(32rem, 100vw)");
        reason.setLabel(getTranslation("mentoring.matching.reason"));
        reason.setMaxLength(Mentorship.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(new Paragraph(text), reason);
        confirm = new Button(confirmLabel, e -> {
            try {
                onConfirm.accept(reason.getValue());
            } catch (InvalidInput refused) {
                // caught only to mark the field; the one error handler tells the message
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                reason.setInvalid(true);
                throw refused;
            }
            close();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
