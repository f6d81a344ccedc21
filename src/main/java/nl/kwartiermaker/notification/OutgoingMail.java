package nl.kwartiermaker.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.Length;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail waiting in the outbox. It is written in the same transaction as the business change that causes it, so a
 * change never commits without its mail and a rolled-back change sends nothing; the dispatcher sends it later.
 *
 * <p>A mail that carries a secret (a personal scan link) keeps it apart from the body: the body holds
 * {@link #SECRET_MARK} where it goes, and {@code secret} holds it sealed by {@code base.SecretBox} until the mail is
 * sent or given up, then nothing. So neither the database nor a backup ever holds the link in the clear.
 *
 * <p>A mail may carry one calendar file (an invitation, {@link CalendarInvite}); the dispatcher attaches it.
 */
@Entity
@Table(name = "mail_outbox")
class OutgoingMail {

    enum Status { PENDING, SENDING, SENT, FAILED }

    /** Where the secret goes in the body; what stays in the body once the secret is gone. */
    static final String SECRET_MARK = "{{secret}}";
    static final int SECRET_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "body", nullable = false, length = Length.LONG32)
    private String body;

    /** The sealed secret for {@link #SECRET_MARK}, while the mail waits; null when sent, given up or none. */
    @Column(name = "secret", length = SECRET_MAX)
    private String secret;

    /** An iCalendar text (RFC 5545) sent as an attachment, or null. */
    @Lob
    @Column(name = "calendar", length = Length.LONG32)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * The left part of the mail's Message-ID, made with the row and sent with every attempt (decision 0018): when the
     * SMTP server accepted a mail but the portal could not mark it sent, the next attempt is the same message, which
     * the receiving side can recognise. Null only for a row queued by a node of the previous version during an
     * upgrade; the dispatcher gives it one before its first attempt.
     */
    @Column(name = "message_id", length = 100)
    private String messageId;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.messageId = UUID.randomUUID().toString();
    }

    /**
     * What a mail's secret is sealed for: this recipient. A sealed secret copied to another row, or a row whose
     * recipient was changed in the database, no longer opens, so the link cannot be redirected to someone else.
     */
    static String secretPurpose(String recipient) {
        return "mail-secret:" + recipient;
    }

    /** A mail whose body carries {@link #SECRET_MARK} for this (already sealed) secret. */
    static OutgoingMail withSecret(String recipient, String subject, String body, String sealedSecret, Instant now) {
        OutgoingMail mail = new OutgoingMail(recipient, subject, body, now);
        mail.secret = sealedSecret;
        return mail;
    }

    /** A mail with a calendar invitation attached. */
    static OutgoingMail withCalendar(String recipient, String subject, String body, String calendar, Instant now) {
        OutgoingMail mail = new OutgoingMail(recipient, subject, body, now);
        mail.calendar = calendar;
        return mail;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getLastError() {
        return lastError;
    }

    String getSealedSecret() {
        return secret;
    }

    String getCalendar() {
        return calendar;
    }

    String getMessageId() {
        return messageId;
    }

    long getVersion() {
        return version;
    }

    /** The Message-ID for a row that came without one; kept, so every later attempt uses the same. */
    String ensureMessageId() {
        if (messageId == null) {
            messageId = UUID.randomUUID().toString();
        }
        return messageId;
    }

    /**
     * Whether this mail's personal link is gone: it was given up, and a given-up mail forgets its sealed secret. It
     * cannot be sent again; what it linked to must be sent anew from where it came from.
     */
    boolean lostItsSecret() {
        return secret == null && body.contains(SECRET_MARK);
    }

    /** A mail given up goes back to the queue as if it were new: the dispatcher sends it at its next run. */
    void retry(Instant now) {
        if (status != Status.FAILED) {
            throw new IllegalStateException("Only a mail given up can be tried again");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
        secret = null;
    }

    void failed(String error, Instant retryAt, boolean giveUp) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        status = giveUp ? Status.FAILED : Status.PENDING;
        nextAttemptAt = retryAt;
        if (giveUp) {
            secret = null;
        }
    }
}
