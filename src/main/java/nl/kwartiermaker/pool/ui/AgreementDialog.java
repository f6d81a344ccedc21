package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.pool.AgreedDeviation;

/**
 * Records why the partners agreed a municipality's deviation from the key for a period (or gives an agreement another
 * reason). What was typed stays when the service refuses it; the field says why.
 */
class AgreementDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button save = new Button();

    AgreementDialog(String title, String explanation, String currentReason, Consumer<String> onSave) {
        setHeaderTitle(title);
        setWidth("min(34rem, 100vw)");
        reason.setLabel(getTranslation("pool.planning.agree.reason"));
        reason.setHelperText(getTranslation("pool.planning.agree.reason.help"));
        reason.setMaxLength(AgreedDeviation.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setValue(currentReason == null ? "" : currentReason);
        add(new Paragraph(explanation), reason);
        DialogButtons.saveAndCancel(this, save, () -> {
            try {
                onSave.accept(reason.getValue());
            } catch (InvalidInput refused) {
                // caught only to mark the field; the one error handler tells the message
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                reason.setInvalid(true);
                throw refused;
            }
            close();
        });
    }
}
