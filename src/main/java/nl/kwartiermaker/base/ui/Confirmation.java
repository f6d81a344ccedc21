package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything that cannot simply be undone; cancel is the default button. */
public final class Confirmation {

    private Confirmation() {
    }

    public static ConfirmDialog ask(String header, String text, String confirmLabel, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("action.cancel"));
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
