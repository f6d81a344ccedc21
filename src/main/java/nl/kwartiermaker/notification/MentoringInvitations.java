package nl.kwartiermaker.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.mentoring.IntervisionInvitationsSent;
import nl.kwartiermaker.mentoring.Invitee;
import nl.kwartiermaker.mentoring.SupervisionSessionPlanned;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invitations to intervision and supervision sessions: each invitee gets a message in the portal when they have an
 * active account, and a mail with the session as a calendar file (.ics) when there is an address — their account's,
 * else the register's. Someone without an account reads Dutch, the portal's default. Listens synchronously, so the
 * mail is queued in the same transaction as the planning that caused it.
 */
@Component
class MentoringInvitations {

    private final NotificationService notifications;
    private final UserService users;
    private final String uidDomain;

    MentoringInvitations(NotificationService notifications, UserService users, PortalAddress address) {
        this.notifications = notifications;
        this.users = users;
        // the portal's host makes the UID unique beyond this portal, as RFC 5545 asks
        this.uidDomain = address.forMail("").replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    }

    @EventListener
    void on(IntervisionInvitationsSent e) {
        String uid = "intervisie-" + e.sessionId() + "@" + uidDomain;
        String link = "begeleiding/intervisie/" + e.groupId();
        invite(e.invitees(), e.organizer(), (invitee, locale) -> {
            String summary = notifications.text(locale, "mentoring.intervision.invite.summary") + ": " + e.groupName();
            String theme = e.theme();
            CalendarInvite calendar = new CalendarInvite(uid, e.sequence(), e.startsAt(),
                    Duration.ofMinutes(e.durationMinutes()), summary, e.location(), theme, person(e.organizer()),
                    person(invitee));
            return new Invitation("intervision-invitation", link, calendar, new Object[] {e.groupName(),
                    when(e.startsAt(), locale), orDash(e.location()), orDash(theme), String.valueOf(e.groupId())});
        });
    }

    @EventListener
    void on(SupervisionSessionPlanned e) {
        String uid = "supervisie-" + e.arrangementId() + "-" + e.sessionNumber() + "@" + uidDomain;
        String link = "begeleiding/" + e.expertId() + "#supervisie";
        invite(e.invitees(), e.organizer(), (invitee, locale) -> {
            String summary = notifications.text(locale, "mentoring.supervision.invite.summary") + ": "
                    + e.expertName() + " – " + e.supervisorName();
            CalendarInvite calendar = new CalendarInvite(uid, e.sequence(), e.startsAt(),
                    Duration.ofMinutes(e.durationMinutes()), summary, e.location(), "", person(e.organizer()),
                    person(invitee));
            return new Invitation("supervision-invitation", link, calendar, new Object[] {e.expertName(),
                    e.supervisorName(), when(e.startsAt(), locale), orDash(e.location()),
                    String.valueOf(e.expertId())});
        });
    }

    private record Invitation(String template, String link, CalendarInvite calendar, Object[] params) {
    }

    private interface InvitationText {
        Invitation forInvitee(Invitee invitee, Locale locale);
    }

    private void invite(List<Invitee> invitees, Invitee organizer, InvitationText text) {
        Map<Long, UserAccount> accounts = users.accounts(invitees.stream().map(Invitee::userId)
                        .filter(Objects::nonNull).distinct().toList()).stream().filter(UserAccount::active)
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        for (Invitee invitee : invitees) {
            UserAccount account = invitee.userId() == null ? null : accounts.get(invitee.userId());
            Invitee addressed = account == null ? new Invitee(null, invitee.email(), invitee.name())
                    : new Invitee(account.id(), account.email(), invitee.name());
            Locale locale = account == null ? PortalLocales.DUTCH : account.locale();
            Invitation invitation = text.forInvitee(addressed, locale);
            notifications.invite(addressed.userId(), addressed.email(), addressed.name(), locale,
                    invitation.template(), invitation.link(), invitation.calendar(), invitation.params());
        }
    }

    private static CalendarInvite.Person person(Invitee invitee) {
        return new CalendarInvite.Person(invitee.name(), invitee.email());
    }

    private static String orDash(String text) {
        return text.isBlank() ? "–" : text;
    }

    private static String when(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(at);
    }
}
