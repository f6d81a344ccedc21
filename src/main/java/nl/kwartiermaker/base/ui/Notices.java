package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * One style of feedback after an action: success briefly, problems until the person closes them or leaves the screen
 * they belong to, so an old problem never covers the next screen.
 */
public final class Notices {

    private Notices() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    /** Closes the error notices still open in this UI; done on every navigation. */
    public static void closeErrors(UI ui) {
        ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(n -> n.isOpened() && n.getThemeNames().contains(NotificationVariant.ERROR.getVariantName()))
                .toList().forEach(Notification::close);
    }

    public static Notification error(String text) {
        Notification notification = new Notification(text, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setAssertive(true);
        notification.addAttachListener(e -> notification.getElement().addEventListener("click", c -> notification.close()));
        notification.open();
        return notification;
    }
}
