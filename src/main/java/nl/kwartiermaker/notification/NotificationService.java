package nl.kwartiermaker.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.SecretBox;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages to people (in-app and by mail through the outbox) and lets each person read their own list. Every
 * read method is limited to the signed-in person's own notifications.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final InAppNotificationRepository notifications;
    private final OutgoingMailRepository outbox;
    private final MessageTemplates templates;
    private final SignedInUser signedInUser;
    private final PortalI18nProvider i18n;
    private final SecretBox secretBox;
    private final Clock clock;

    NotificationService(InAppNotificationRepository notifications, OutgoingMailRepository outbox,
                        MessageTemplates templates, SignedInUser signedInUser, PortalI18nProvider i18n,
                        SecretBox secretBox, Clock clock) {
        this.secretBox = secretBox;
        this.i18n = i18n;
        this.notifications = notifications;
        this.outbox = outbox;
        this.templates = templates;
        this.signedInUser = signedInUser;
        this.clock = clock;
    }

    /** Who receives a message, in which language. */
    record Recipient(long userId, String email, String name, Locale locale) {
    }

    /**
     * Writes the in-app notification and, when asked, queues the mail — in the caller's transaction, so both commit
     * with the change that caused them. Only this feature's event listeners call it.
     */
    @Transactional
    void send(Recipient recipient, String template, boolean alsoByMail, String link, Object... params) {
        MessageTemplates.Rendered text = templates.render(template, recipient.locale(), withFirst(recipient.name(),
                params));
        notifications.save(new InAppNotification(recipient.userId(), text.title(), text.message(), link,
                clock.instant()));
        if (alsoByMail) {
            outbox.save(new OutgoingMail(recipient.email(), text.subject(), text.body(), clock.instant()));
        }
    }

    /**
     * An invitation to a meeting: the in-app notification for someone with an account ({@code userId} not null), and
     * the mail with the calendar file attached for someone with an address ({@code email} not blank) — either or
     * both, in the caller's transaction. Parameter {0} of the template is the name. Someone without an account has
     * no language setting and gets Dutch, as {@code locale} says.
     */
    @Transactional
    void invite(Long userId, String email, String name, Locale locale, String template, String link,
                CalendarInvite invite, Object... params) {
        MessageTemplates.Rendered text = templates.render(template, locale, withFirst(name, params));
        if (userId != null) {
            notifications.save(new InAppNotification(userId, text.title(), text.message(), link, clock.instant()));
        }
        if (email != null && !email.isBlank()) {
            outbox.save(OutgoingMail.withCalendar(email, text.subject(), text.body(),
                    invite.toIcs(clock.instant()), clock.instant()));
        }
    }

    private static Object[] withFirst(Object first, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = first;
        System.arraycopy(params, 0, all, 1, params.length);
        return all;
    }

    /**
     * Queues a mail to someone without an account (a scan respondent), in the caller's transaction; there is no
     * in-app notification. Parameter {0} of the template is the address. One parameter may be a {@link MailSecret}: the
     * body then holds a mark in its place and the outbox keeps the secret sealed until the mail is sent.
     */
    @Transactional
    void mailOnly(String email, Locale locale, String template, Object... params) {
        MessageTemplates.Rendered text = templates.render(template, locale, withFirst(email, params));
        MailSecret secret = null;
        for (Object param : params) {
            if (param instanceof MailSecret found) {
                if (secret != null) {
                    throw new IllegalArgumentException("A mail carries at most one secret");
                }
                secret = found;
            }
        }
        outbox.save(secret == null ? new OutgoingMail(email, text.subject(), text.body(), clock.instant())
                : OutgoingMail.withSecret(email, text.subject(), text.body(),
                secretBox.seal(secret.value(), OutgoingMail.secretPurpose(email)), clock.instant()));
    }

    /** A portal text in the recipient's language, for parameters of a message. */
    String text(Locale locale, String key) {
        return i18n.translate(locale, key);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<InAppNotification> mine(Pageable pageable) {
        return currentUserId().map(id -> notifications.findByUserIdOrderByCreatedAtDescIdDesc(id, pageable))
                .orElse(List.of());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public long unreadCount() {
        return currentUserId().map(notifications::countByUserIdAndReadAtIsNull).orElse(0L);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void markRead(long notificationId) {
        currentUserId().flatMap(userId -> notifications.findByIdAndUserId(notificationId, userId))
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public int markAllRead() {
        return currentUserId().map(id -> notifications.markAllRead(id, clock.instant())).orElse(0);
    }

    private java.util.Optional<Long> currentUserId() {
        return signedInUser.current().map(SignedInUser.Account::id);
    }
}
