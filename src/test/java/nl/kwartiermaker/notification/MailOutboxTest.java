package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes through the outbox: a business change commits even when SMTP is down, and each mail arrives once. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class MailOutboxTest {

    @Autowired
    UserService users;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    NotificationService notifications;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    /** The port the application sends to; -Dspring.mail.port=… lets parallel checkouts test side by side. */
    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void setUp() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        // earlier tests may have queued mail; send it away so this test counts only its own
        clock.advance(Duration.ofDays(1));
        smtp = startSmtp();
        dispatcher.deliverDueMail();
        smtp.stop();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        SignedIn.nobody();
    }

    private UserAccount newUser(String email) {
        return users.create(new UserService.NewUser(email, "Noor Nieuw", EnumSet.of(Role.MEDEWERKER),
                "een lang wachtwoord"));
    }

    @Test
    void with_smtp_down_the_account_is_created_and_after_smtp_returns_exactly_one_welcome_mail_arrives()
            throws Exception {
        String email = "nieuw-" + UUID.randomUUID() + "@example.nl";
        UserAccount account = newUser(email);

        dispatcher.deliverDueMail();
        assertThat(users.findById(account.id())).isPresent();
        OutgoingMail queued = outbox.findByRecipientOrderById(email).getFirst();
        assertThat(queued.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(queued.getAttempts()).isEqualTo(1);
        assertThat(queued.getLastError()).isNotBlank();

        smtp = startSmtp();
        dispatcher.deliverDueMail();
        assertThat(received(email)).as("not yet due: the retry waits").isEmpty();

        clock.advance(MailDispatcher.backoff(1).plusSeconds(1));
        dispatcher.deliverDueMail();
        dispatcher.deliverDueMail();
        clock.advance(Duration.ofHours(2));
        dispatcher.deliverDueMail();

        MimeMessage[] mails = received(email);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Welkom bij Kwartiermaker");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("Noor Nieuw").contains(email).contains("http://localhost:8080/kennisbank");
        assertThat(outbox.findByRecipientOrderById(email)).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.SENT));
    }

    @Test
    void a_change_that_rolls_back_takes_its_queued_mail_with_it() {
        String email = "teruggedraaid-" + UUID.randomUUID() + "@example.nl";
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            newUser(email);
            assertThat(outbox.findByRecipientOrderById(email)).as("queued inside the change").hasSize(1);
            throw new IllegalStateException("a later step of the same change fails");
        })).hasMessage("a later step of the same change fails");

        assertThat(outbox.findByRecipientOrderById(email)).isEmpty();
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void mail_that_keeps_failing_is_given_up_after_the_last_attempt() {
        String email = "onbereikbaar-" + UUID.randomUUID() + "@example.nl";
        newUser(email);
        for (int i = 0; i < MailDispatcher.MAX_ATTEMPTS + 2; i++) {
            // every due mail, however many other tests left waiting: one batch of 50 might not reach this one
            DueMail.deliverAll(dispatcher, outbox, clock);
            clock.advance(Duration.ofHours(2));
        }
        OutgoingMail mail = outbox.findByRecipientOrderById(email).getFirst();
        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(MailDispatcher.MAX_ATTEMPTS);
    }

    @Test
    void each_failed_attempt_is_one_warning_line_without_a_stack_trace(CapturedOutput output) {
        String email = "stil-" + UUID.randomUUID() + "@example.nl";
        newUser(email);
        int before = output.getAll().length();

        dispatcher.deliverDueMail();

        List<String> logged = output.getAll().substring(before).lines().filter(l -> !l.isBlank()).toList();
        assertThat(logged).filteredOn(l -> l.contains("WARN") || l.contains("ERROR")).singleElement()
                .satisfies(l -> assertThat(l).contains("MailDispatcher").contains("not sent (attempt 1)"));
        assertThat(logged).noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by"));
        OutgoingMail mail = outbox.findByRecipientOrderById(email).getFirst();
        assertThat(mail.getLastError()).doesNotContain("\n");
    }

    @Test
    void retries_wait_longer_each_time_up_to_an_hour() {
        assertThat(MailDispatcher.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDispatcher.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailDispatcher.backoff(12)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void the_new_person_finds_a_welcome_in_their_own_notification_list() {
        UserAccount account = newUser("lijst-" + UUID.randomUUID() + "@example.nl");
        SignedIn.as(account.email(), Role.MEDEWERKER);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        var list = notifications.mine(Pageable.ofSize(10));
        assertThat(list).singleElement().satisfies(n -> {
            assertThat(n.getTitle()).isEqualTo("Welkom bij Kwartiermaker");
            assertThat(n.getLink()).isEqualTo("kennisbank");
        });
        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.unreadCount()).isZero();
    }

    private MimeMessage[] received(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }
}
