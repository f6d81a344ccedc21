package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.PasswordService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links to set a password reach the person through the outbox, in their language, with a link that works, and the
 * link is never in the outbox in the clear: sealed while the mail waits, gone once it is sent.
 */
@DatabaseTest
class PasswordLinkMailTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/wachtwoord-instellen/([A-Za-z0-9_-]{43})");

    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    PasswordService passwords;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;

    @BeforeEach
    void emptyTheOutbox() {
        clock.advance(Duration.ofDays(1));
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        DueMail.deliverAll(dispatcher, outbox, clock);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        SignedIn.nobody();
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

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    @Test
    void a_new_person_added_with_a_link_gets_a_dutch_mail_whose_link_sets_their_password() throws Exception {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String email = "nieuw-" + UUID.randomUUID() + "@example.nl";
        users.createWithPasswordLink(email, "Noor Bakker", EnumSet.of(Role.MENTOR));
        SignedIn.nobody();
        assertThat(jdbc.queryForList("select secret from mail_outbox where recipient = ? and secret is not null",
                String.class, email)).hasSize(1);

        DueMail.deliverAll(dispatcher, outbox, clock);

        MimeMessage mail = Arrays.stream(received(email))
                .filter(m -> {
                    try {
                        return m.getSubject().equals("Stel je wachtwoord in voor Kwartiermaker");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        Matcher link = LINK.matcher(body(mail));
        assertThat(link.find()).as("the mail holds the link").isTrue();
        assertThat(body(mail)).contains("Beste Noor Bakker", "7 dagen").doesNotContain(OutgoingMail.SECRET_MARK);
        assertThat(passwords.isUsable(link.group(1))).isTrue();
        assertThat(jdbc.queryForList("select secret from mail_outbox where recipient = ?", String.class, email))
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where body like ?", Integer.class,
                "%" + link.group(1) + "%")).isZero();

        passwords.setWithLink(link.group(1), "mijn fiets is blauw en snel", "mijn fiets is blauw en snel");
        assertThat(passwords.isUsable(link.group(1))).isFalse();
    }

    @Test
    void wachtwoord_vergeten_mails_in_the_persons_own_language_with_a_thirty_minute_link() throws Exception {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount person = users.create(new UserService.NewUser("vergeten-" + UUID.randomUUID() + "@example.nl",
                "Alex Smit", EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        SignedIn.as(person.email(), Role.MEDEWERKER);
        users.changeOwnLocale(Locale.ENGLISH);
        SignedIn.nobody();

        passwords.requestReset(person.email());
        // the page has answered; the mail is queued in the background
        for (int i = 0; i < 100 && received(person.email()).length == 0; i++) {
            DueMail.deliverAll(dispatcher, outbox, clock);
            Thread.sleep(100);
        }

        MimeMessage[] mails = Arrays.stream(received(person.email())).filter(m -> {
            try {
                return m.getSubject().equals("Set a new password for Kwartiermaker");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
        assertThat(mails).hasSize(1);
        assertThat(body(mails[0])).contains("Dear Alex Smit", "30 minutes");
        Matcher link = LINK.matcher(body(mails[0]));
        assertThat(link.find()).isTrue();
        assertThat(passwords.isUsable(link.group(1))).isTrue();
    }
}
