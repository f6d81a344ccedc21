package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionReviewService;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;

/** The author of a role description hears, in the portal and by mail, that the reviewer approved it or sent it back. */
@DatabaseTest
class RoleDescriptionNotificationsTest {

    @Autowired
    RoleDescriptionService descriptions;
    @Autowired
    RoleDescriptionReviewService reviews;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MutableClock clock;
    @Autowired
    OutgoingMailRepository outbox;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;
    UserAccount hr;
    UserAccount reviewer;

    @BeforeEach
    void setUp() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        reviewer = TestAccounts.withRole(users, Role.ERVARINGSDESKUNDIGE);
        // earlier tests may have queued mail; send it away so this test reads only its own
        clock.advance(Duration.ofDays(1));
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        DueMail.deliverAll(dispatcher, outbox, clock);
        smtp.reset();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        SignedIn.nobody();
    }

    @Test
    void the_author_is_told_in_the_portal_and_by_mail_when_the_reviewer_sends_back_and_when_they_approve() {
        TestAccounts.signInAs(hr);
        RoleDescription draft = descriptions.create("Ervaringsdeskundige " + UUID.randomUUID().toString()
                .substring(0, 6));
        RoleDescription review = reviews.submitForReview(draft.getId(), draft.getVersion(), reviewer.id());

        TestAccounts.signInAs(reviewer);
        RoleDescription back = reviews.sendBack(review.getId(), review.getVersion(), "Noem de vakgroep.");
        TestAccounts.signInAs(hr);
        assertThat(notifications.mine(PageRequest.of(0, 20))).anySatisfy(n -> {
            assertThat(n.getTitle()).isEqualTo("Teruggestuurd: " + draft.fullTitle());
            assertThat(n.getMessage()).contains(reviewer.displayName(), "Noem de vakgroep.");
            assertThat(n.getLink()).isEqualTo("functieprofielen/" + draft.getId());
        });
        assertThat(mailsTo(hr, draft)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Functieprofiel " + draft.fullTitle() + " is teruggestuurd");
            assertThat(body(mail)).contains("Noem de vakgroep.", "/functieprofielen/"
                    + draft.getId());
        });

        smtp.reset();
        RoleDescription again = reviews.submitForReview(back.getId(), back.getVersion(), reviewer.id());
        TestAccounts.signInAs(reviewer);
        reviews.approve(again.getId(), again.getVersion(), "Helder en volledig.");
        TestAccounts.signInAs(hr);
        assertThat(notifications.mine(PageRequest.of(0, 20))).anySatisfy(n -> {
            assertThat(n.getTitle()).isEqualTo("Goedgekeurd: " + draft.fullTitle());
            assertThat(n.getMessage()).contains("Helder en volledig.");
        });
        assertThat(mailsTo(hr, draft)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Functieprofiel " + draft.fullTitle() + " is goedgekeurd");
            assertThat(body(mail)).contains("Je kunt het nu vaststellen.", "Helder en volledig.");
        });
        TestAccounts.signInAs(reviewer);
        assertThat(notifications.mine(PageRequest.of(0, 20))).as("the reviewer is not told of their own verdict")
                .noneMatch(n -> n.getTitle().startsWith("Goedgekeurd: " + draft.fullTitle())
                        || n.getTitle().startsWith("Teruggestuurd: " + draft.fullTitle()));
    }

    private static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails that reached this person about this description, after the outbox was emptied. */
    private List<MimeMessage> mailsTo(UserAccount person, RoleDescription description) {
        DueMail.deliverAll(dispatcher, outbox, clock);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(person.email()))
                        && m.getSubject().contains(description.fullTitle());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
