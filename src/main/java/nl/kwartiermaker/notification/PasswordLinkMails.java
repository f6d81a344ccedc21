package nl.kwartiermaker.notification;

import nl.kwartiermaker.user.UserEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a link to set a password, in the person's language. Synchronously, so the mail is queued in the outbox in
 * the same transaction as the link: both commit or neither does. The link is a {@link MailSecret}: sealed while the
 * mail waits, gone once it is sent. No in-app notification: the person cannot sign in to read it.
 */
@Component
class PasswordLinkMails {

    private final NotificationService notifications;

    PasswordLinkMails(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(UserEvents.PasswordLinkIssued e) {
        long validity = e.byBeheerder() ? e.validity().toDays() : e.validity().toMinutes();
        notifications.mailOnly(e.email(), e.locale(), e.byBeheerder() ? "password.set" : "password.reset",
                e.displayName(), new MailSecret(e.link()), validity);
    }
}
