package nl.kwartiermaker.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kwartiermaker.decision.DecisionRecorded;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells everyone involved in a traject, in-app and by mail, that a go/no-go decision was recorded. */
@Component
class DecisionNotifications {

    private final NotificationService notifications;
    private final UserService users;

    DecisionNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(DecisionRecorded e) {
        for (UserAccount account : users.accounts(e.involvedUserIds())) {
            if (account.active()) {
                Locale locale = account.locale();
                DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
                String outcome = notifications.text(locale, "decision.outcome." + e.outcome().name().toLowerCase(Locale.ROOT));
                String review = e.reviewDate() == null ? "" : dates.format(e.reviewDate());
                notifications.send(new NotificationService.Recipient(account.id(), account.email(),
                        account.displayName(), locale), e.reviewDate() == null ? "decision" : "decision-not-yet", true,
                        "trajecten/" + e.trajectId() + "/besluit", e.trajectName(), outcome,
                        dates.format(e.decidedOn()), review, String.valueOf(e.trajectId()));
            }
        }
    }
}
