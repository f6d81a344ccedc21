package nl.kwartiermaker.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import nl.kwartiermaker.mentoring.CheckInOverdue;
import nl.kwartiermaker.mentoring.Contact;
import nl.kwartiermaker.mentoring.MentorshipDeclined;
import nl.kwartiermaker.mentoring.MentorshipEnded;
import nl.kwartiermaker.mentoring.MentorshipProposalReminderDue;
import nl.kwartiermaker.mentoring.MentorshipProposalUnanswered;
import nl.kwartiermaker.mentoring.MentorshipProposed;
import nl.kwartiermaker.mentoring.MentorshipStarted;
import nl.kwartiermaker.mentoring.SupportKind;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Begeleiding's messages: a proposal (and its reminder) to the proposed mentor or buddy; the start and end of a
 * mentorship to the expert, the supporter and the coordinator who proposed it; a decline and a proposal left
 * unanswered to that coordinator; an overdue check-in to mentor and expert. In-app and by mail, in the transaction of
 * the change, so the outbox sends each mail once.
 *
 * <p>People in the register need no account. Someone with an account gets the message in-app and by mail in their
 * language (nothing when the account is deactivated); someone without one gets only the mail, in Dutch, when the
 * register has their address; without either they hear it from the coordinator. Every template's {1} is the
 * recipient's name ({0} is the address for a mail-only message).
 */
@Component
class MentoringNotifications {

    private static final Locale DUTCH = Locale.of("nl");

    private final NotificationService notifications;
    private final UserService users;

    MentoringNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(MentorshipProposed e) {
        tell(e.supporter(), "mentoring-proposed", e.expertId(), locale -> new Object[] {e.expertName(),
                kind(locale, e.kind())});
    }

    @EventListener
    void on(MentorshipProposalReminderDue e) {
        tell(e.supporter(), "mentoring-proposal-reminder", e.expertId(), locale -> new Object[] {e.expertName(),
                kind(locale, e.kind())});
    }

    @EventListener
    void on(MentorshipProposalUnanswered e) {
        tell(coordinator(e.coordinatorId()), "mentoring-proposal-unanswered", e.expertId(), locale -> new Object[] {
                e.expertName(), kind(locale, e.kind()), e.supporterName()});
    }

    @EventListener
    void on(MentorshipDeclined e) {
        tell(coordinator(e.coordinatorId()), "mentoring-declined", e.expertId(), locale -> new Object[] {
                e.expertName(), kind(locale, e.kind()), e.supporterName(), e.reason()});
    }

    @EventListener
    void on(MentorshipStarted e) {
        Function<Locale, Object[]> params = locale -> new Object[] {e.expert().name(), kind(locale, e.kind()),
                e.supporter().name()};
        for (Contact to : new Contact[] {e.expert(), e.supporter(), coordinator(e.coordinatorId())}) {
            tell(to, "mentoring-started", e.expertId(), params);
        }
    }

    @EventListener
    void on(MentorshipEnded e) {
        Function<Locale, Object[]> params = locale -> new Object[] {e.expert().name(), kind(locale, e.kind()),
                e.supporter().name(), e.reason()};
        for (Contact to : new Contact[] {e.expert(), e.supporter(), coordinator(e.coordinatorId())}) {
            tell(to, "mentoring-ended", e.expertId(), params);
        }
    }

    @EventListener
    void on(CheckInOverdue e) {
        Function<Locale, Object[]> params = locale -> new Object[] {e.expert().name(), e.mentor().name(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(e.due())};
        tell(e.mentor(), "mentoring-check-in-overdue", e.expertId(), params);
        tell(e.expert(), "mentoring-check-in-overdue", e.expertId(), params);
    }

    /** The coordinator's account; the register has no entry for them. */
    private static Contact coordinator(Long userId) {
        return new Contact(userId, null, "");
    }

    private String kind(Locale locale, SupportKind kind) {
        return notifications.text(locale, "mentoring.matching.kind_word." + kind.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Sends one message: {1} the recipient's name, then {@code params}, then the expert's id for the link to their
     * page.
     */
    private void tell(Contact to, String template, long expertId, Function<Locale, Object[]> params) {
        String link = "begeleiding/" + expertId;
        if (to.userId() != null) {
            users.findAccount(to.userId()).filter(a -> a.active()).ifPresent(account -> notifications.send(
                    new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                            account.locale()), template, true, link,
                    withName(account.displayName(), params.apply(account.locale()), expertId)));
        } else if (to.email() != null && !to.email().isBlank()) {
            notifications.mailOnly(to.email(), DUTCH, template, withName(to.name(), params.apply(DUTCH), expertId));
        }
    }

    private static Object[] withName(String name, Object[] params, long expertId) {
        Object[] all = new Object[params.length + 2];
        all[0] = name;
        System.arraycopy(params, 0, all, 1, params.length);
        all[params.length + 1] = String.valueOf(expertId);
        return all;
    }
}
