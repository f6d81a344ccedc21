package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.readiness.Questionnaire;
import nl.kwartiermaker.readiness.ReadinessService;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanRound;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Scan invitations go through the outbox: one mail per respondent with a working personal link, even after SMTP fails. */
@DatabaseTest
class ScanInvitationMailTest {

    @Autowired
    ReadinessService scans;
    @Autowired
    TrajectService trajecten;
    @Autowired
    UserService users;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MutableClock clock;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void emptyTheOutbox() {
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

    private MimeMessage[] received(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void each_invited_person_gets_exactly_one_mail_with_a_working_link_even_when_smtp_fails_first() throws Exception {
        ScanFixture fixture = new ScanFixture(scans, trajecten, users, clock);
        ScanRound round = scans.createRound(fixture.traject.getId(), new nl.kwartiermaker.readiness.RoundForm(
                "Nulmeting poli", fixture.today(), fixture.today().plusWeeks(3),
                java.util.Set.of(RespondentGroup.MEDEWERKERS), null));
        String email = "respondent-" + UUID.randomUUID() + "@example.nl";

        scans.invite(round.getId(), RespondentGroup.MEDEWERKERS, email);
        dispatcher.deliverDueMail(); // SMTP is down: the attempt fails and the mail waits
        scans.invite(round.getId(), RespondentGroup.MEDEWERKERS, email); // asking again mails nobody twice

        smtp = startSmtp();
        clock.advance(MailDispatcher.backoff(1).plusSeconds(1));
        dispatcher.deliverDueMail();
        dispatcher.deliverDueMail();
        clock.advance(Duration.ofHours(2));
        dispatcher.deliverDueMail();

        MimeMessage[] mails = received(email);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("Nulmeting poli");
        String body = GreenMailUtil.getBody(mails[0]).replace("=\r\n", "").replace("=3D", "=");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080/scan/([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as("the mail holds the personal link").isTrue();
        SignedIn.nobody();
        assertThat(scans.questionnaire(link.group(1)).state()).isEqualTo(Questionnaire.LinkState.OPEN);
    }
}
