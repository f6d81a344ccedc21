package nl.kwartiermaker.notification;

import nl.kwartiermaker.roledescription.RoleDescriptionSubmitted;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Asks the chosen reviewer, in-app and by mail, to comment on a role description. */
@Component
class RoleDescriptionNotifications {

    private final NotificationService notifications;
    private final UserService users;

    RoleDescriptionNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(RoleDescriptionSubmitted e) {
        users.findAccount(e.reviewerId()).filter(a -> a.active()).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()), "roledesc-review", true, "functieprofielen/" + e.descriptionId(),
                e.title(), e.submittedBy(), String.valueOf(e.descriptionId())));
    }
}
