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

    /** Someone without a password signs in through the provider, so their welcome says nothing of passwords. */
    @EventListener
    void on(UserEvents.UserCreated e) {
        notifications.send(new NotificationService.Recipient(e.userId(), e.email(), e.displayName(), e.locale()),
                e.password() ? "welcome" : "welcome-provider", true, "kennisbank", e.email());
    }

    /** Roles that came with the person's own sign-in through the provider are already theirs: nothing to tell. */
    @EventListener
    void on(UserEvents.UserRolesChanged e) {
        if (e.byProvider()) {
            return;
        }
        users.findAccount(e.userId()).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()),
                "roles-changed", false, ""));
    }
}
