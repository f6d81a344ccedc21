package nl.kwartiermaker.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.story.StoryExpired;
import nl.kwartiermaker.story.StoryPublished;
import nl.kwartiermaker.story.StoryScheduled;
import nl.kwartiermaker.story.StorySentBack;
import nl.kwartiermaker.story.StoryUnpublished;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author of a story, in the portal and by mail, what the editorial workflow did with it: sent back with the
 * editor's comment (linking to the editor), approved for a later moment, published (linking to the story), taken off
 * publication with the reason, or ended because its time or someone's consent ran out. In the transaction of the
 * change, so the outbox sends each mail once.
 */
@Component
class StoryReviewNotifications {

    private final NotificationService notifications;
    private final UserService users;

    StoryReviewNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(StorySentBack e) {
        tellAuthor(e.authorId(), "story-sent-back", "verhalen/" + e.storyId() + "/bewerken", e.title(),
                e.editorName(), e.comment(), String.valueOf(e.storyId()));
    }

    @EventListener
    void on(StoryScheduled e) {
        users.findAccount(e.authorId()).filter(a -> a.active()).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()), "story-scheduled", true, "verhalen/mijn", e.title(), e.editorName(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(account.locale()).withZone(PortalTime.ZONE).format(e.publishFrom()),
                ""));
    }

    @EventListener
    void on(StoryPublished e) {
        tellAuthor(e.authorId(), e.editorName().isEmpty() ? "story-published-scheduled" : "story-published",
                "verhalen/" + e.slug(), e.title(), e.editorName(), "", e.slug());
    }

    @EventListener
    void on(StoryUnpublished e) {
        tellAuthor(e.authorId(), "story-unpublished", "verhalen/mijn", e.title(), e.editorName(), e.reason(), "");
    }

    @EventListener
    void on(StoryExpired e) {
        tellAuthor(e.authorId(), e.consentExpired() ? "story-consent-expired" : "story-expired", "verhalen/mijn",
                e.title(), "", "", "");
    }

    /** Templates read {1} the title, {2} the editor, {3} the comment, reason or date, {4} the id or slug. */
    private void tellAuthor(long authorId, String template, String link, String title, String editor, String text,
                            String place) {
        users.findAccount(authorId).filter(a -> a.active()).ifPresent(account -> notifications.send(
                new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                        account.locale()), template, true, link, title, editor, text, place));
    }
}
