package nl.kwartiermaker.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.story.StoryDigestDue;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a person's digest of new stories, in their language, with a link to each story and the opt-out link. It
 * listens synchronously, so the mail is queued in the transaction that records the period as sent: the outbox then
 * sends it exactly once, retrying when SMTP fails. A deactivated account gets nothing. Only the title and summary of a
 * story are in the mail: the story itself is read in the portal, behind the sign-in.
 */
@Component
class StoryDigestMails {

    private final NotificationService notifications;
    private final UserService users;
    private final PortalAddress address;

    StoryDigestMails(NotificationService notifications, UserService users, PortalAddress address) {
        this.notifications = notifications;
        this.users = users;
        this.address = address;
    }

    @EventListener
    void on(StoryDigestDue e) {
        users.findAccount(e.userId()).filter(account -> account.active()).ifPresent(account -> {
            Locale locale = account.locale();
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            StringBuilder list = new StringBuilder();
            for (StoryDigestDue.DigestedStory story : e.stories()) {
                list.append("* ").append(story.title()).append('\n');
                if (!story.summary().isBlank()) {
                    list.append("  ").append(story.summary().replace('\n', ' ')).append('\n');
                }
                list.append("  ").append(address.forMail("/verhalen/" + story.slug())).append("\n\n");
            }
            String frequency = notifications.text(locale, "story.digest.frequency." + e.frequency().name()
                    .toLowerCase(Locale.ROOT));
            notifications.mailOnly(account.email(), locale, "story-digest", account.displayName(),
                    dates.format(e.firstDay()), dates.format(e.lastDay()), list.toString().strip(), frequency,
                    new MailSecret(address.forMail("/verhalen/nieuwsbrief/afmelden?token=" + e.optOutToken())));
        });
    }
}
