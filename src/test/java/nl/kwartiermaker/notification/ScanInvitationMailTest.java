package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.readiness.Questionnaire;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundForm;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanInvitationIssued;
import nl.kwartiermaker.readiness.ScanRound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Scan invitations go through the outbox: one mail per respondent with a working personal link, even after SMTP
 * fails; and the link is never in the database in the clear — sealed while the mail waits, gone once it is sent.
 */
@DatabaseTest
@RecordApplicationEvents
class ScanInvitationMailTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/scan/([A-Za-z0-9_-]+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MutableClock clock;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;
    ScanFixture fixture;

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void emptyTheOutbox() {
        clock.advance(Duration.ofDays(1));
        smtp = startSmtp();
        DueMail.deliverAll(dispatcher, outbox, clock);
        smtp.stop();
        fixture = new ScanFixture(context);
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

    private ScanRound round() {
        return fixture.rounds.createRound(fixture.traject.getId(), new RoundForm("Nulmeting poli", fixture.today(),
                fixture.today().plusWeeks(3), Set.of(RespondentGroup.MEDEWERKERS), null));
    }

    private String tokenMailedTo(String email) {
        String link = events.stream(ScanInvitationIssued.class).filter(e -> e.email().equals(email))
                .reduce((a, b) -> b).orElseThrow().link();
        return ScanFixture.token(link);
    }

    /** Every text column of every table of the portal's database that holds this text somewhere. */
    private List<String> columnsHolding(String secret) {
        List<String[]> columns = jdbc.execute((ConnectionCallback<List<String[]>>) connection -> {
            List<String[]> found = new ArrayList<>();
            try (var rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%",
                    "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR,
                            Types.NCLOB, Types.LONGNVARCHAR).contains(type)) {
                        found.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            return found;
        });
        assertThat(columns).as("the search covers the outbox").anyMatch(c -> c[0].equalsIgnoreCase("mail_outbox"));
        List<String> holding = new ArrayList<>();
        for (String[] column : columns) {
            Integer rows = jdbc.queryForObject("select count(*) from " + column[0] + " where " + column[1]
                    + " like ?", Integer.class, "%" + secret + "%");
            if (rows != null && rows > 0) {
                holding.add(column[0] + "." + column[1]);
            }
        }
        return holding;
    }

    @Test
    void each_invited_person_gets_exactly_one_mail_with_a_working_link_even_when_smtp_fails_first() throws Exception {
        ScanRound round = round();
        String email = "respondent-" + UUID.randomUUID() + "@example.nl";

        fixture.rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, email);
        dispatcher.deliverDueMail(); // SMTP is down: the attempt fails and the mail waits
        fixture.rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, email); // asking again mails nobody twice

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
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the mail holds the personal link").isTrue();
        assertThat(body).doesNotContain(OutgoingMail.SECRET_MARK);
        SignedIn.nobody();
        assertThat(fixture.answering.questionnaire(link.group(1)).state()).isEqualTo(Questionnaire.LinkState.OPEN);
    }

    @Test
    void the_personal_link_is_in_no_table_in_the_clear_while_the_mail_waits_nor_after_it_is_sent() throws Exception {
        ScanRound round = round();
        String email = "geheim-" + UUID.randomUUID() + "@example.nl";
        fixture.rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, email);
        String token = tokenMailedTo(email);

        dispatcher.deliverDueMail(); // SMTP is down: the mail waits, with its link sealed
        assertThat(columnsHolding(token)).isEmpty();
        assertThat(jdbc.queryForObject("select secret from mail_outbox where recipient = ?", String.class, email))
                .isNotNull().doesNotContain(token);
        fixture.rounds.remindNonResponders(round.getId());
        String reminderToken = tokenMailedTo(email);

        smtp = startSmtp();
        clock.advance(Duration.ofHours(2));
        dispatcher.deliverDueMail();

        assertThat(received(email)).hasSize(2);
        assertThat(Arrays.stream(received(email)).map(GreenMailUtil::getBody).map(b -> b.replace("=\r\n", ""))
                .toList()).anyMatch(b -> b.contains(reminderToken));
        assertThat(columnsHolding(token)).isEmpty();
        assertThat(columnsHolding(reminderToken)).isEmpty();
        assertThat(jdbc.queryForList("select secret from mail_outbox where recipient = ?", String.class, email))
                .containsOnlyNulls();
        assertThat(jdbc.queryForList("select body from mail_outbox where recipient = ?", String.class, email))
                .allMatch(b -> b.contains(OutgoingMail.SECRET_MARK) && !b.contains("/scan/"));
    }

    @Test
    void a_waiting_link_cannot_be_redirected_by_changing_the_recipient_in_the_database() {
        ScanRound round = round();
        String email = "echt-" + UUID.randomUUID() + "@example.nl";
        String attacker = "aanvaller-" + UUID.randomUUID() + "@example.nl";
        fixture.rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, email);
        jdbc.update("update mail_outbox set recipient = ? where recipient = ?", attacker, email);

        smtp = startSmtp();
        dispatcher.deliverDueMail();

        assertThat(received(attacker)).isEmpty();
        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class, attacker))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select secret from mail_outbox where recipient = ?", String.class, attacker))
                .isNull();
    }
}
