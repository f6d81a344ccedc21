package nl.kwartiermaker.notification;

import nl.kwartiermaker.roledescription.RoleDescriptionApproved;
import nl.kwartiermaker.roledescription.RoleDescriptionSentBack;
import nl.kwartiermaker.roledescription.RoleDescriptionSubmitted;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks the chosen reviewer, in-app and by mail, to comment on a role description; tells its author, the same two ways,
 * that the reviewer approved it or sent it back, with the reviewer's summary.
 */
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

    @EventListener
    void on(RoleDescriptionApproved e) {
        tellAuthor(e.authorId(), e.summary().isEmpty() ? "roledesc-approved" : "roledesc-approved-summary",
                e.descriptionId(), e.title(), e.reviewerName(), e.summary());
    }

    @EventListener
    void on(RoleDescriptionSentBack e) {
        tellAuthor(e.authorId(), "roledesc-sent-back", e.descriptionId(), e.title(), e.reviewerName(), e.summary());
    }

    private void tellAuthor(Long authorId, String template, long descriptionId, String title, String reviewer,
                            String summary) {
        if (authorId == null) {
            return;
        }
        users.findAccount(authorId).filter(a -> a.active()).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()), template, true, "functieprofielen/" + descriptionId,
                title, reviewer, String.valueOf(descriptionId), summary));
    }
}
