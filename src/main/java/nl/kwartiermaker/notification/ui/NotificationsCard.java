package nl.kwartiermaker.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.notification.NotificationService;

/** Unread notifications on the Overzicht; shown only when there are any. */
@SpringComponent
@UIScope
class NotificationsCard implements DashboardCard {

    private final NotificationService notifications;

    NotificationsCard(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public boolean staffOnly() {
        return false;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render() {
        long unread = notifications.unreadCount();
        if (unread == 0) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2(card.getTranslation("dashboard.notifications.title")),
                new Paragraph(card.getTranslation("dashboard.notifications.unread", unread)),
                new Anchor("meldingen", card.getTranslation("dashboard.notifications.open")));
        return Optional.of(card);
    }
}
