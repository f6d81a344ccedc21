package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.IntervisionInvitationsSent;
import nl.kwartiermaker.mentoring.Invitee;
import nl.kwartiermaker.mentoring.SupervisionSessionPlanned;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations to intervision and supervision sessions: a mail with the calendar file for everyone with an address, a
 * message in the portal for everyone with an account, and the mail server receives the file as an attachment.
 */
@DatabaseTest
class MentoringInvitationsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;

    @BeforeEach
    void signIn() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
        SignedIn.nobody();
    }

    private UserAccount newExpert() {
        return users.create(new UserService.NewUser("ed-" + UUID.randomUUID() + "@example.nl", "Eva Ervaring",
                EnumSet.of(Role.ERVARINGSDESKUNDIGE), "een lang wachtwoord"));
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(event));
    }

    private static IntervisionInvitationsSent session(long sessionId, long sequence, List<Invitee> invitees) {
        return new IntervisionInvitationsSent(7, sessionId, sequence, "Groep Noord",
                LocalDateTime.of(2027, 3, 4, 14, 0), 90, "Stadhuis, kamer 2", "Grenzen bewaken",
                new Invitee(null, "coordinator@demo.nl", "Carla Coördinator"), invitees);
    }

    @Test
    void each_invitee_with_an_address_gets_a_mail_with_the_calendar_file_and_one_with_an_account_also_a_message() {
        UserAccount withAccount = newExpert();
        String withoutAccount = "zonder-" + UUID.randomUUID() + "@example.nl";
        long sessionId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);

        publish(session(sessionId, 2, List.of(new Invitee(withAccount.id(), null, "Eva Ervaring"),
                new Invitee(null, withoutAccount, "Bas Buiten"), new Invitee(null, null, "Niemand Bereikbaar"))));

        OutgoingMail toAccount = outbox.findByRecipientOrderById(withAccount.email()).getLast();
        assertThat(toAccount.getSubject()).startsWith("Uitnodiging intervisie Groep Noord");
        assertThat(toAccount.getBody()).contains("Beste Eva Ervaring", "Stadhuis, kamer 2", "Grenzen bewaken",
                "/begeleiding/intervisie/7");
        assertThat(toAccount.getCalendar()).contains("METHOD:REQUEST", "UID:intervisie-" + sessionId + "@",
                "SEQUENCE:2", "DTSTART;TZID=Europe/Amsterdam:20270304T140000",
                "ATTENDEE;CN=\"Eva Ervaring\"", "mailto:" + withAccount.email());
        OutgoingMail toAddress = outbox.findByRecipientOrderById(withoutAccount).getLast();
        assertThat(toAddress.getBody()).contains("Beste Bas Buiten");
        assertThat(toAddress.getCalendar()).contains("mailto:" + withoutAccount)
                .doesNotContain(withAccount.email());

        SignedIn.as(withAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThat(notifications.mine(Pageable.ofSize(5))).anySatisfy(n -> {
            assertThat(n.getTitle()).isEqualTo("Uitnodiging intervisie Groep Noord");
            assertThat(n.getLink()).isEqualTo("begeleiding/intervisie/7");
        });
    }

    @Test
    void a_supervision_session_is_one_calendar_entry_per_session_number_replaced_when_moved() {
        UserAccount expert = newExpert();
        long arrangementId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        Invitee invitee = new Invitee(expert.id(), null, "Eva Ervaring");
        Invitee organizer = new Invitee(null, "coordinator@demo.nl", "Carla Coördinator");
        publish(new SupervisionSessionPlanned(arrangementId, 12, 1, 0, LocalDateTime.of(2027, 3, 4, 10, 0), 60,
                "Kamer 3", "Eva Ervaring", "Sam Supervisor", organizer, List.of(invitee)));
        publish(new SupervisionSessionPlanned(arrangementId, 12, 1, 1, LocalDateTime.of(2027, 3, 5, 10, 0), 60,
                "Kamer 3", "Eva Ervaring", "Sam Supervisor", organizer, List.of(invitee)));

        List<OutgoingMail> mails = outbox.findByRecipientOrderById(expert.email()).stream()
                .filter(m -> m.getCalendar() != null).toList();
        assertThat(mails).hasSize(2);
        String uid = "UID:supervisie-" + arrangementId + "-1@";
        assertThat(mails.get(0).getCalendar()).contains(uid, "SEQUENCE:0", "20270304T100000");
        assertThat(mails.get(1).getCalendar()).contains(uid, "SEQUENCE:1", "20270305T100000");
        assertThat(mails.get(1).getBody()).contains("Sam Supervisor", "/begeleiding/12#supervisie");
    }

    @Test
    void the_mail_server_receives_the_invitation_with_the_calendar_file_attached() throws Exception {
        String address = "agenda-" + UUID.randomUUID() + "@example.nl";
        publish(session(99, 0, List.of(new Invitee(null, address, "Bas Buiten"))));
        clock.advance(Duration.ofMinutes(1));
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        DueMail.deliverAll(dispatcher, outbox, clock);

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) mail.getContent();
        BodyPart calendar = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                calendar = parts.getBodyPart(i);
            }
        }
        assertThat(calendar).isNotNull();
        assertThat(calendar.getContentType()).contains("method=REQUEST");
        assertThat(calendar.getFileName()).isEqualTo("uitnodiging.ics");
        String ics = new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT", "UID:intervisie-99@", "\r\n");
        assertThat(GreenMailUtil.getBody(mail)).contains("Groep Noord");
        assertThat(outbox.findByRecipientOrderById(address)).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.SENT));
    }
}
