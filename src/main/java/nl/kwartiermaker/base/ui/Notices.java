package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** One style of feedback after an action: success briefly, problems until the person closes them. */
public final class Notices {

    private Notices() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
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
