package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.notification.OutboxDelivery;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The digest goes once per person and period, through the outbox, with only stories readable on its channel. */
@DatabaseTest
class StoryDigestTest {

    private static final Pattern OPT_OUT = Pattern.compile("/verhalen/nieuwsbrief/afmelden\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    StoryDigest digest;
    @Autowired
    StoryDigestService digests;
    @Autowired
    StoryFixture fixture;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;
    UserAccount reader;

    @BeforeEach
    void aReaderWhoWantsTheDigest() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        reader = users.create(new UserService.NewUser("lezer-" + UUID.randomUUID() + "@test.nl", "Lezer",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
        SignedIn.nobody();
    }

    void subscribe(DigestFrequency frequency) {
        TestAccounts.signInAs(reader);
        digests.subscribe(frequency);
    }

    Story publishedNow(String title) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        Story story = fixture.draft(TestAccounts.withRole(users, Role.MEDEWERKER).id(), title);
        return fixture.published(story, time.now(), null);
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** The digests the reader received (the mail about their new account is no digest). */
    MimeMessage[] received() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Nieuwe verhalen")
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(reader.email()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    void deliver() {
        OutboxDelivery.deliverAll(context);
    }

    @Test
    void a_weekly_digest_is_sent_exactly_once_even_when_smtp_fails_first_and_the_job_runs_again() {
        subscribe(DigestFrequency.WEEKLY);
        Story story = publishedNow("Digest");
        clock.advance(Duration.ofDays(7));

        digest.sendDue();
        deliver(); // no SMTP server: the attempt fails and the mail waits for its next try
        digest.sendDue();
        startSmtp();
        clock.advance(Duration.ofMinutes(2));
        deliver();
        digest.sendDue();
        deliver();

        assertThat(received()).hasSize(1);
        String body = GreenMailUtil.getBody(received()[0]);
        assertThat(body).contains(story.getTitle(), "/verhalen/" + story.getSlug(), "/verhalen/nieuwsbrief/afmelden");
        assertThat(body).doesNotContain(story.getBody());
    }

    @Test
    void the_opt_out_link_stops_the_digest_without_signing_in_and_only_its_hash_is_stored() {
        subscribe(DigestFrequency.WEEKLY);
        publishedNow("Afmelden");
        clock.advance(Duration.ofDays(7));
        startSmtp();
        digest.sendDue();
        deliver();
        Matcher link = OPT_OUT.matcher(GreenMailUtil.getBody(received()[0]));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThat(jdbc.queryForList("select opt_out_hash from story_digest_sent where user_id = ?", String.class,
                reader.id())).containsExactly(SecretTokens.hash(token)).doesNotContain(token);
        SignedIn.nobody();
        assertThat(digests.optOut((token.charAt(0) == 'x' ? "y" : "x") + token.substring(1))).isFalse();
        assertThat(digests.optOut(token)).isTrue();
        assertThat(digests.optOut(token)).as("a second click finds nothing to stop").isFalse();

        TestAccounts.signInAs(reader);
        assertThat(digests.myFrequency()).isEmpty();
    }

    @Test
    void a_story_whose_consent_was_withdrawn_is_not_in_a_later_digest() {
        subscribe(DigestFrequency.WEEKLY);
        Story kept = publishedNow("Blijft");
        Story withdrawn = publishedNow("Ingetrokken");
        FeaturedPerson person = fixture.featured(withdrawn, null, "Cliënt", FeaturedRelation.CLIENT);
        fixture.consent(person, true, true, true, null, time.now());
        fixture.withdraw(person, time.now(), reader.id());
        clock.advance(Duration.ofDays(7));
        startSmtp();

        digest.sendDue();
        deliver();

        String body = GreenMailUtil.getBody(received()[0]);
        assertThat(body).contains(kept.getTitle()).doesNotContain(withdrawn.getTitle());
    }

    @Test
    void a_story_without_consent_for_the_digest_is_not_in_it() {
        subscribe(DigestFrequency.WEEKLY);
        Story kept = publishedNow("Wel");
        Story intranetOnly = publishedNow("Alleen intranet");
        FeaturedPerson person = fixture.featured(intranetOnly, null, "Partner", FeaturedRelation.PARTNER);
        fixture.consent(person, true, false, true, null, time.now());
        clock.advance(Duration.ofDays(7));
        startSmtp();

        digest.sendDue();
        deliver();

        assertThat(GreenMailUtil.getBody(received()[0])).contains(kept.getTitle())
                .doesNotContain(intranetOnly.getTitle());
    }

    @Test
    void someone_who_subscribes_after_the_period_ended_starts_with_the_next_one() {
        publishedNow("Te laat");
        clock.advance(Duration.ofDays(7));
        subscribe(DigestFrequency.WEEKLY);
        startSmtp();

        digest.sendDue();
        deliver();

        assertThat(received()).isEmpty();
    }

    @Test
    void a_monthly_digest_waits_for_the_month_to_end() {
        subscribe(DigestFrequency.MONTHLY);
        Story story = publishedNow("Maand");
        startSmtp();
        digest.sendDue();
        deliver();
        assertThat(received()).isEmpty();

        LocalDate today = time.today();
        clock.advance(Duration.ofDays(today.lengthOfMonth() - today.getDayOfMonth() + 1L));
        digest.sendDue();
        deliver();

        assertThat(received()).hasSize(1);
        assertThat(GreenMailUtil.getBody(received()[0])).contains(story.getTitle());
    }

    @Test
    void the_periods_are_iso_weeks_and_calendar_months() {
        StoryDigest.Period week = StoryDigest.Period.lastEnded(DigestFrequency.WEEKLY, LocalDate.of(2027, 1, 6));
        assertThat(week).isEqualTo(new StoryDigest.Period(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3),
                "2026-W53"));
        StoryDigest.Period month = StoryDigest.Period.lastEnded(DigestFrequency.MONTHLY, LocalDate.of(2027, 1, 1));
        assertThat(month).isEqualTo(new StoryDigest.Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                "2026-12"));
    }
}
