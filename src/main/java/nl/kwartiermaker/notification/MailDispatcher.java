package nl.kwartiermaker.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.kwartiermaker.base.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox. Each mail is claimed before it is sent and marked sent right after, each step in its own short
 * transaction, so a slow or unreachable SMTP server never holds a database transaction open. A failed attempt is
 * retried with growing pauses (1, 2, 4 … minutes, at most an hour) and given up after {@value #MAX_ATTEMPTS} tries.
 * Any failure counts as a failed attempt, so no mail stays claimed forever.
 */
@Component
class MailDispatcher {

    /** With pauses growing to an hour this keeps trying for about three days, enough for a weekend outage. */
    static final int MAX_ATTEMPTS = 80;
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutgoingMailRepository outbox;
    private final SecretBox secretBox;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final String domain;

    MailDispatcher(OutgoingMailRepository outbox, SecretBox secretBox, JavaMailSender mailSender,
                   TransactionTemplate transactions, Clock clock, @Value("${kwartiermaker.mail.from}") String from) {
        this.outbox = outbox;
        this.secretBox = secretBox;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.domain = domainOf(from);
    }

    // as long as a claim on a mail (CLAIM): an instance that died mid-batch frees the turn when its mail is due again
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT5M")
    @Scheduled(fixedDelayString = "${kwartiermaker.mail.dispatch-interval:PT15S}", initialDelayString = "${kwartiermaker.mail.dispatch-initial-delay:PT10S}")
    public void deliverDueMail() {
        Instant now = clock.instant();
        List<Long> due = transactions.execute(tx -> outbox.findDue(now, Limit.of(BATCH)));
        int sent = 0;
        for (Long id : due) {
            if (deliver(id, now)) {
                sent++;
            }
        }
        if (!due.isEmpty()) {
            log.info("Outbox: {} of {} due mails sent", sent, due.size());
        }
    }

    private boolean deliver(Long id, Instant now) {
        Integer claimed = transactions.execute(tx -> outbox.claim(id, now, now.plus(CLAIM)));
        if (claimed == null || claimed == 0) {
            return false;
        }
        OutgoingMail mail = transactions.execute(tx -> {
            OutgoingMail claimedMail = outbox.findById(id).orElseThrow();
            claimedMail.ensureMessageId();
            return claimedMail;
        });
        MimeMessage message;
        try {
            message = toMime(mail);
        } catch (MessagingException | SecretBox.SecretUnreadable e) {
            // nothing a retry can mend: an address or secret that was broken when it was stored
            giveUp(id, e);
            return false;
        }
        try {
            mailSender.send(message);
            transactions.executeWithoutResult(tx -> outbox.findById(id).orElseThrow().sent(clock.instant()));
            return true;
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(tx -> {
                OutgoingMail current = outbox.findById(id).orElseThrow();
                boolean giveUp = current.getAttempts() + 1 >= MAX_ATTEMPTS;
                current.failed(oneLine(e), clock.instant().plus(backoff(current.getAttempts() + 1)), giveUp);
                if (giveUp) {
                    log.error("Mail {} given up after {} attempts: {}", id, MAX_ATTEMPTS, oneLine(e));
                } else {
                    log.warn("Mail {} not sent (attempt {}), will retry: {}", id, current.getAttempts(), oneLine(e));
                }
            });
            return false;
        }
    }

    private void giveUp(Long id, Exception e) {
        transactions.executeWithoutResult(tx -> outbox.findById(id).orElseThrow()
                .failed(oneLine(e), clock.instant(), true));
        log.error("Mail {} cannot be sent and is given up: {}", id, oneLine(e));
    }

    /**
     * The cause of a failed attempt in one line: the outbox keeps it for the Beheerder and the log needs no stack
     * trace for an SMTP server that is down. Spring's MailSendException spreads its causes over several lines.
     */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? String.valueOf(e.getMessage())
                : e.getClass().getSimpleName() + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** {@code <row's id@sender's domain>}: unique per row, and from the domain the mail says it comes from. */
    String messageId(String rowId) {
        return "<" + rowId + "@" + domain + ">";
    }

    /** The domain of the sender address; the portal's own name when the address has none that can be read. */
    static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            if (at > 0 && at < address.length() - 1) {
                return address.substring(at + 1);
            }
        } catch (AddressException e) {
            // the mail itself will say so when it is sent
        }
        return "kwartiermaker.local";
    }

    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 6);
        return Duration.ofMinutes(Math.min(minutes, 60));
    }

    private MimeMessage toMime(OutgoingMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        boolean invitation = mail.getCalendar() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, invitation, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        // the same on every attempt (decision 0018); Spring keeps a Message-ID that was set instead of making one
        message.setHeader("Message-ID", messageId(mail.getMessageId()));
        String body = mail.getBody();
        if (mail.getSealedSecret() != null) {
            body = body.replace(OutgoingMail.SECRET_MARK,
                    secretBox.open(mail.getSealedSecret(), OutgoingMail.secretPurpose(mail.getRecipient())));
        }
        helper.setText(body, false);
        if (invitation) {
            // method=REQUEST tells mail programs that this is an invitation to put in the calendar, not just a file
            helper.addAttachment(CalendarInvite.FILE_NAME, new ByteArrayDataSource(
                    mail.getCalendar().getBytes(StandardCharsets.UTF_8), CalendarInvite.CONTENT_TYPE));
        }
        return message;
    }
}
