package nl.kwartiermaker.notification;

import nl.kwartiermaker.story.ConsentRequested;
import nl.kwartiermaker.story.ConsentWithdrawn;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Verhalen's consent messages: a featured expert is asked for consent (in-app and by mail, linking to the page where
 * they read the story and answer), and the author hears of a withdrawal. In the transaction of the change, so the
 * outbox sends each mail once; nothing for a deactivated account.
 */
@Component
class StoryConsentNotifications {

    private final NotificationService notifications;
    private final UserService users;

    StoryConsentNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** {1} who asks, {2} the story's title, {3} its id. */
    @EventListener
    void on(ConsentRequested e) {
        String asker = users.findAccount(e.requestedById()).map(UserAccount::displayName).orElse("");
        tell(e.userId(), "story-consent-requested", "verhalen/" + e.storyId() + "/toestemming", asker,
                e.storyTitle(), String.valueOf(e.storyId()));
    }

    /** {1} the person featured, {2} the story's title, {3} who withdrew it, {4} the reason (may be empty). */
    @EventListener
    void on(ConsentWithdrawn e) {
        if (e.authorId() == e.withdrawnById()) {
            return;
        }
        String by = users.findAccount(e.withdrawnById()).map(UserAccount::displayName).orElse("");
        tell(e.authorId(), "story-consent-withdrawn", "verhalen/mijn", e.personName(), e.storyTitle(), by,
                e.reason().isBlank() ? "-" : e.reason());
    }

    private void tell(long userId, String template, String link, Object... params) {
        users.findAccount(userId).filter(UserAccount::active).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()), template, true, link, params));
    }
}
