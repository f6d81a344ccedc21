package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.story.FeaturedRelation;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryFixture;
import nl.kwartiermaker.story.StoryReviewService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;

/** The author of a story hears, in the portal and by mail (once), that an editor sent it back or published it. */
@DatabaseTest
class StoryReviewNotificationsTest {

    @Autowired
    StoryReviewService reviews;
    @Autowired
    StoryFixture fixture;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    PortalTime time;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;
    UserAccount author;
    UserAccount editor;

    @BeforeEach
    void setUp() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        author = users.create(new UserService.NewUser("verteller-" + run + "@test.nl", "Verteller " + run,
                EnumSet.of(Role.ERVARINGSDESKUNDIGE), "een lang wachtwoord"));
        editor = TestAccounts.withRole(users, Role.COORDINATOR);
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
    void the_author_hears_of_a_send_back_with_the_comment_and_of_the_publication() {
        Story draft = fixture.draft(author.id(), "Het verschil");
        fixture.consent(fixture.featured(draft, null, "Dewi", FeaturedRelation.CLIENT), true, true, true, null,
                time.now());
        Story offered = fixture.inReview(draft);

        TestAccounts.signInAs(editor);
        Story back = reviews.sendBack(offered.getId(), offered.getVersion(), "Wat zei Dewi er zelf over?");
        TestAccounts.signInAs(author);
        assertThat(notifications.mine(PageRequest.of(0, 20))).anySatisfy(n -> {
            assertThat(n.getTitle()).isEqualTo("Verhaal teruggestuurd: " + draft.getTitle());
            assertThat(n.getMessage()).contains(editor.displayName(), "Wat zei Dewi er zelf over?");
            assertThat(n.getLink()).isEqualTo("verhalen/" + draft.getId() + "/bewerken");
        });
        assertThat(mailsTo(author)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Je verhaal " + draft.getTitle() + " is teruggestuurd");
            assertThat(body(mail)).contains("Wat zei Dewi er zelf over?", "/verhalen/" + draft.getId() + "/bewerken");
        });

        smtp.reset();
        Story again = fixture.inReview(back);
        TestAccounts.signInAs(editor);
        reviews.approve(again.getId(), again.getVersion(), null, null);
        TestAccounts.signInAs(author);
        assertThat(notifications.mine(PageRequest.of(0, 20))).anySatisfy(n -> {
            assertThat(n.getTitle()).isEqualTo("Verhaal gepubliceerd: " + draft.getTitle());
            assertThat(n.getLink()).isEqualTo("verhalen/" + draft.getSlug());
        });
        assertThat(mailsTo(author)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Je verhaal " + draft.getTitle() + " staat online");
            assertThat(body(mail)).contains("/verhalen/" + draft.getSlug());
        });
        assertThat(mailsTo(author)).as("delivered once").hasSize(1);
    }

    private static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> mailsTo(UserAccount person) {
        DueMail.deliverAll(dispatcher, outbox, clock);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(person.email()))
                        && !m.getSubject().equals("Welkom bij Kwartiermaker");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
