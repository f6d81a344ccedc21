package nl.kwartiermaker.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import nl.kwartiermaker.base.ui.HeaderIndicator;
import nl.kwartiermaker.notification.NotificationService;

/** The unread notifications beside the person's name, a link to the list; counted once per page load. */
@SpringComponent
@UIScope
class UnreadIndicator implements HeaderIndicator {

    private final NotificationService notifications;

    UnreadIndicator(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render() {
        long unread = notifications.unreadCount();
        Anchor link = new Anchor("meldingen");
        link.addClassName("header-unread");
        link.add(VaadinIcon.BELL_O.create());
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.addClassNames("badge", "header-count");
            link.add(count);
        }
        link.getElement().setAttribute("aria-label", link.getTranslation("layout.unread", unread));
        return Optional.of(link);
    }
}
