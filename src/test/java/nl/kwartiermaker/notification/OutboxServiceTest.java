package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SecretBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox in sight (issue 19): the Beheerder reads what waits, what is retried and what was given up, and puts a
 * given-up mail back in the queue; every attempt at one mail carries the same Message-ID.
 */
@DatabaseTest
class OutboxServiceTest {

    @Autowired
    OutboxService service;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    SecretBox secretBox;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
        SignedIn.nobody();
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private static String address() {
        return "uitgaand-" + UUID.randomUUID() + "@example.nl";
    }

    private OutgoingMail queued(String recipient, String body) {
        return tx().execute(t -> outbox.save(new OutgoingMail(recipient, "Welkom bij Kwartiermaker", body,
                clock.instant())));
    }

    private OutgoingMail givenUp(OutgoingMail mail, String error) {
        return tx().execute(t -> {
            OutgoingMail current = outbox.findById(mail.getId()).orElseThrow();
            current.failed(error, clock.instant(), true);
            return current;
        });
    }

    private OutboxEntry entry(OutboxState state, long id) {
        return service.list(state, 0, 10_000).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private MimeMessage[] received(GreenMail server, String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void only_a_beheerder_reads_the_outbox_and_tries_a_mail_again() {
        OutgoingMail mail = givenUp(queued(address(), "Hallo"), "550 mailbox unavailable");
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThatThrownBy(() -> service.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(OutboxState.FAILED, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.retry(mail.getId(), mail.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.failedForBeheerder()).as("no card, and no error, for others").isEmpty();
        SignedIn.nobody();
        assertThatThrownBy(() -> service.overview()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(outbox.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutgoingMail.Status.FAILED);
    }

    @Test
    void a_given_up_mail_tried_again_goes_back_in_the_queue_is_audited_and_the_dispatcher_sends_it() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String recipient = address();
        OutgoingMail mail = givenUp(queued(recipient, "Je account staat klaar."), "550 5.1.1 mailbox unavailable");
        OutboxEntry failed = entry(OutboxState.FAILED, mail.getId());
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.lastError()).isEqualTo("550 5.1.1 mailbox unavailable");
        assertThat(failed.kind()).isEqualTo(OutboxEntry.Kind.MESSAGE);
        assertThat(service.failedForBeheerder()).hasValueSatisfying(count -> assertThat(count).isPositive());

        service.retry(mail.getId(), failed.version());

        OutgoingMail again = outbox.findById(mail.getId()).orElseThrow();
        assertThat(again.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(again.getAttempts()).isZero();
        assertThat(again.getLastError()).isNull();
        assertThat(again.getNextAttemptAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(AuditLines.about(jdbc, "MAIL_RETRIED", recipient)).singleElement().satisfies(line -> {
            assertThat(line.get("actor")).isEqualTo("beheerder@demo.nl");
            assertThat(line.get("detail")).isEqualTo("mail " + mail.getId());
        });
        AuditLines.holdNone(AuditLines.about(jdbc, "MAIL_RETRIED", recipient), "Je account staat klaar.");

        smtp = startSmtp();
        DueMail.deliverAll(dispatcher, outbox, clock);
        assertThat(received(smtp, recipient)).hasSize(1);
        assertThat(outbox.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutgoingMail.Status.SENT);
    }

    @Test
    void a_mail_that_was_not_given_up_or_whose_personal_link_was_erased_cannot_be_tried_again() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        OutgoingMail waiting = queued(address(), "Hallo");
        assertThatThrownBy(() -> service.retry(waiting.getId(), waiting.getVersion()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("outbox.error.notfailed"));

        String recipient = address();
        OutgoingMail withLink = tx().execute(t -> outbox.save(OutgoingMail.withSecret(recipient, "Scan",
                "Je link: " + OutgoingMail.SECRET_MARK, secretBox.seal("https://portal/scan/geheim",
                        OutgoingMail.secretPurpose(recipient)), clock.instant())));
        assertThat(entry(OutboxState.WAITING, withLink.getId()).kind()).isEqualTo(OutboxEntry.Kind.PERSONAL_LINK);
        OutgoingMail gone = givenUp(withLink, "550 no such user");
        OutboxEntry entry = entry(OutboxState.FAILED, gone.getId());
        assertThat(entry.retryable()).isFalse();
        assertThat(entry.toString()).doesNotContain("geheim").doesNotContain("Je link");
        assertThatThrownBy(() -> service.retry(gone.getId(), entry.version()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("outbox.error.link"));
        assertThat(AuditLines.about(jdbc, "MAIL_RETRIED", recipient)).isEmpty();
    }

    @Test
    void of_two_beheerders_retrying_one_mail_at_once_the_second_is_told_it_changed() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        OutgoingMail mail = givenUp(queued(address(), "Hallo"), "421 try later");
        long seen = entry(OutboxState.FAILED, mail.getId()).version();
        service.retry(mail.getId(), seen);
        assertThatThrownBy(() -> service.retry(mail.getId(), seen))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void the_overview_counts_each_state_and_names_when_the_oldest_unsent_mail_was_queued() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        OutboxService.Overview before = service.overview();
        OutgoingMail old = clock.ago(Duration.ofDays(3), () -> queued(address(), "Oud"));
        queued(address(), "Nieuw");
        OutgoingMail retrying = queued(address(), "Opnieuw");
        tx().executeWithoutResult(t -> outbox.findById(retrying.getId()).orElseThrow()
                .failed("421 busy", clock.instant().plusSeconds(60), false));
        givenUp(queued(address(), "Weg"), "550 gone");

        OutboxService.Overview after = service.overview();
        assertThat(after.count(OutboxState.WAITING) - before.count(OutboxState.WAITING)).isEqualTo(2);
        assertThat(after.count(OutboxState.RETRYING) - before.count(OutboxState.RETRYING)).isEqualTo(1);
        assertThat(after.count(OutboxState.FAILED) - before.count(OutboxState.FAILED)).isEqualTo(1);
        assertThat(after.oldestUnsent()).isBeforeOrEqualTo(old.getCreatedAt());
        assertThat(entry(OutboxState.RETRYING, retrying.getId()).lastError()).isEqualTo("421 busy");
        assertThat(entry(OutboxState.RETRYING, retrying.getId()).attempts()).isEqualTo(1);

        // send everything away, so no later test finds these waiting
        smtp = startSmtp();
        clock.advance(Duration.ofHours(1));
        DueMail.deliverAll(dispatcher, outbox, clock);
    }

    @Test
    void every_attempt_at_one_mail_carries_the_same_message_id() throws Exception {
        String recipient = address();
        OutgoingMail mail = queued(recipient, "Eén keer, ook als het twee keer gaat.");
        assertThat(mail.getMessageId()).as("made with the row").isNotBlank();
        smtp = startSmtp();
        DueMail.deliverAll(dispatcher, outbox, clock);
        // the server accepted it, and the node went down before it could mark the mail sent: the row stays claimed
        // until the claim runs out, and then another run sends it again
        jdbc.update("update mail_outbox set status = 'SENDING', sent_at = null where id = ?", mail.getId());
        clock.advance(MailDispatcher.CLAIM.plusSeconds(1));
        DueMail.deliverAll(dispatcher, outbox, clock);

        MimeMessage[] both = received(smtp, recipient);
        assertThat(both).hasSize(2);
        assertThat(both[0].getMessageID()).isEqualTo("<" + mail.getMessageId() + "@kwartiermaker.local>")
                .isEqualTo(both[1].getMessageID());
    }

    @Test
    void a_mail_queued_without_message_id_by_an_older_node_gets_one_that_it_keeps() throws Exception {
        String recipient = address();
        OutgoingMail mail = queued(recipient, "Van een oudere versie.");
        jdbc.update("update mail_outbox set message_id = null where id = ?", mail.getId());
        smtp = startSmtp();
        DueMail.deliverAll(dispatcher, outbox, clock);
        String given = outbox.findById(mail.getId()).orElseThrow().getMessageId();
        assertThat(given).isNotBlank();
        assertThat(received(smtp, recipient)).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<" + given + "@kwartiermaker.local>"));
    }

    @Test
    void the_message_id_names_the_senders_domain() {
        assertThat(MailDispatcher.domainOf("Kwartiermaker <noreply@gemeente.nl>")).isEqualTo("gemeente.nl");
        assertThat(MailDispatcher.domainOf("geen adres")).isEqualTo("kwartiermaker.local");
        assertThat(List.of(dispatcher.messageId("abc"))).containsExactly("<abc@kwartiermaker.local>");
    }
}
