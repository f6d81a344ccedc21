package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The one footer of a form in a dialog: "Annuleren", then the primary "Opslaan", so every form reads the same. */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Labels {@code save} "Opslaan" as the primary action running {@code onSave}, with "Annuleren" before it. */
    public static void saveAndCancel(Dialog dialog, Button save, Runnable onSave) {
        save.setText(dialog.getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> onSave.run());
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save);
    }
}
