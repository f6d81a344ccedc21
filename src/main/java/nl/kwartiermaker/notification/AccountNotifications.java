package nl.kwartiermaker.notification;

import nl.kwartiermaker.user.UserEvents;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells people about changes to their own account: a welcome on creation, a note when their roles change. */
@Component
class AccountNotifications {

    private final NotificationService notifications;
    private final UserService users;

    AccountNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(UserEvents.UserCreated e) {
        notifications.send(new NotificationService.Recipient(e.userId(), e.email(), e.displayName(), e.locale()),
                "welcome", true, "kennisbank", e.email());
    }

    @EventListener
    void on(UserEvents.UserRolesChanged e) {
        users.findAccount(e.userId()).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()),
                "roles-changed", false, ""));
    }
}
