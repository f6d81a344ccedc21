package nl.kwartiermaker.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kwartiermaker.readiness.ScanInvitationIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a scan invitation or reminder with the respondent's personal link. It listens synchronously, so the mail is
 * queued in the outbox in the same transaction as the invitation: both commit or neither does, and the outbox sends
 * it exactly once. Respondents have no account and no language setting, so the mail is in Dutch, the portal's
 * default language.
 */
@Component
class ScanInvitationMails {

    private static final Locale DUTCH = Locale.of("nl");

    private final NotificationService notifications;

    ScanInvitationMails(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(ScanInvitationIssued e) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(DUTCH);
        notifications.mailOnly(e.email(), DUTCH, e.reminder() ? "scan.reminder" : "scan.invitation", e.roundName(),
                dates.format(e.closesOn()), new MailSecret(e.link()));
    }
}
