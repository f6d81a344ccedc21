package nl.kwartiermaker.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.notification.InAppNotification;
import nl.kwartiermaker.notification.NotificationService;
import org.springframework.data.domain.PageRequest;

/** The signed-in person's notifications, newest first; opening one marks it read. */
@Route("meldingen")
@PermitAll
@Menu(order = 80, title = "menu.notifications", icon = "vaadin:bell")
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 100;

    private final transient NotificationService notifications;
    private final Div content = new Div();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("page");
        Button markAll = new Button(getTranslation("notifications.markall"), e -> {
            int marked = notifications.markAllRead();
            Notices.success(getTranslation("notifications.marked", marked));
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.TERTIARY);
        add(new ViewHeader(getTranslation("notifications.title"), getTranslation("notifications.purpose"))
                .withActions(markAll), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        var newest = notifications.mine(PageRequest.of(0, SHOWN));
        if (newest.isEmpty()) {
            content.add(new Paragraph(getTranslation("notifications.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("notification-list");
        newest.forEach(n -> list.add(item(n)));
        content.add(list);
    }

    private ListItem item(InAppNotification n) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        Component title = n.getLink() == null || n.getLink().isBlank() ? new Span(n.getTitle())
                : new Anchor(n.getLink(), n.getTitle());
        Span when = new Span(format.format(n.getCreatedAt()));
        when.addClassName("muted");
        Div head = new Div(title, when);
        head.addClassName("notification-head");
        ListItem item = new ListItem(head, new Paragraph(n.getMessage()));
        item.addClassName(n.isRead() ? "read" : "unread");
        if (!n.isRead()) {
            Span unread = new Span(getTranslation("notifications.unread"));
            unread.addClassName("badge");
            head.addComponentAsFirst(unread);
            Button read = new Button(getTranslation("notifications.markread"), e -> {
                notifications.markRead(n.getId());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            item.add(read);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "notifications.title");
    }
}
