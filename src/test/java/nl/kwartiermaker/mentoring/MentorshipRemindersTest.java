package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.notification.OutboxDelivery;
import nl.kwartiermaker.user.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * The reminder job with the test clock and a real SMTP server (GreenMail): a proposal's reminder after three days,
 * the coordinator told after three more, an overdue check-in mailed to mentor and expert, each exactly once, also
 * when the SMTP server was down in between. The job runs as it does in production: with nobody signed in.
 */
@DatabaseTest
class MentorshipRemindersTest {

    @Autowired
    MentorshipReminders reminders;
    @Autowired
    MentorshipService mentorships;
    @Autowired
    CheckInService checkIns;
    @Autowired
    SupportFixture fixture;
    @Autowired
    PortalTime time;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    /** The port the application sends to; -Dspring.mail.port=… lets parallel checkouts test side by side. */
    @Value("${spring.mail.port}")
    int smtpPort;

    GreenMail smtp;
    UserAccount coordinator;
    UserAccount expertAccount;
    RegisteredPerson expert;

    @BeforeEach
    void anExpertAndTheirCoordinator() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        coordinator = fixture.account(Role.COORDINATOR);
        expertAccount = fixture.account(Role.ERVARINGSDESKUNDIGE);
        expert = fixture.expert(expertAccount.id(), "Team " + UUID.randomUUID(), time.today().minusMonths(2),
                Set.of());
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        SignedIn.nobody();
    }

    private void remindAndDeliver() {
        reminders.sendDueReminders();
        OutboxDelivery.deliverAll(context);
    }

    /** What Begeleiding mailed to this address: the welcome that came with a new account is not counted. */
    private List<String> subjectsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, email)).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(subject -> !subject.equals("Welkom bij Kwartiermaker")).toList();
    }

    private static boolean to(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_unanswered_proposal_reminds_the_supporter_after_three_days_and_tells_the_coordinator_after_three_more() {
        smtp.start();
        UserAccount mentorAccount = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = fixture.supporter(mentorAccount.id(), true, false, false, "", 2, Seniority.SENIOR,
                Set.of());
        Mentorship proposal = fixture.proposed(expert, mentor, SupportKind.MENTOR, time.now(), coordinator.id());

        clock.advance(MentorshipReminders.ANSWER_WAIT.minusMinutes(1));
        remindAndDeliver();
        assertThat(subjectsTo(mentorAccount.email())).as("not yet").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        remindAndDeliver();
        remindAndDeliver();
        assertThat(subjectsTo(mentorAccount.email()))
                .containsExactly("Herinnering: wil je mentor zijn van " + expert.getName() + "?");
        assertThat(fixture.reload(proposal).getReminderSentAt()).isNotNull();
        assertThat(subjectsTo(coordinator.email())).isEmpty();

        clock.advance(MentorshipReminders.ANSWER_WAIT.plusMinutes(1));
        remindAndDeliver();
        remindAndDeliver();
        assertThat(subjectsTo(coordinator.email())).containsExactly("Nog geen antwoord van " + mentor.getName());
        assertThat(subjectsTo(mentorAccount.email())).hasSize(1);
        String body = GreenMailUtil.getBody(Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m, coordinator.email())).reduce((first, last) -> last).orElseThrow());
        assertThat(body).contains("http://localhost:8080/begeleiding/" + expert.getId());
    }

    @Test
    void an_answered_proposal_is_never_reminded() {
        smtp.start();
        UserAccount mentorAccount = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = fixture.supporter(mentorAccount.id(), true, false, false, "", 2, Seniority.SENIOR,
                Set.of());
        Mentorship proposal = fixture.proposed(expert, mentor, SupportKind.MENTOR, time.now(), coordinator.id());
        TestAccounts.signInAs(mentorAccount);
        mentorships.accept(proposal.getId());
        SignedIn.nobody();

        clock.advance(Duration.ofDays(7));
        remindAndDeliver();

        assertThat(subjectsTo(mentorAccount.email())).as("only the start")
                .containsExactly(mentor.getName() + " is nu mentor van " + expert.getName());
        assertThat(subjectsTo(coordinator.email())).containsExactly(mentor.getName() + " is nu mentor van "
                + expert.getName());
        assertThat(subjectsTo(expertAccount.email())).hasSize(1);
    }

    @Test
    void exactly_one_mail_per_overdue_check_in_reaches_mentor_and_expert_across_an_smtp_outage() {
        String mentorEmail = "mentor-zonder-account-" + UUID.randomUUID() + "@example.nl";
        RegisteredPerson mentor = fixture.withEmail(fixture.supporter(null, true, false, false, "", 2,
                Seniority.SENIOR, Set.of()), mentorEmail);
        Mentorship running = fixture.active(expert, mentor, SupportKind.MENTOR, time.today().minusMonths(2));

        remindAndDeliver();
        remindAndDeliver();
        assertThat(fixture.reload(running).getReminderSentForDue())
                .isEqualTo(time.today().minusMonths(2).plusMonths(1));

        smtp.start();
        clock.advance(Duration.ofHours(2));
        remindAndDeliver();
        clock.advance(Duration.ofHours(2));
        remindAndDeliver();

        String subject = "Check-in van " + expert.getName() + " en " + mentor.getName() + " is te laat";
        assertThat(subjectsTo(mentorEmail)).as("mail only: the mentor has no account").containsExactly(subject);
        assertThat(subjectsTo(expertAccount.email())).containsExactly(subject);

        clock.advance(Duration.ofDays(10));
        remindAndDeliver();
        assertThat(subjectsTo(mentorEmail)).as("still the same overdue check-in").hasSize(1);

        // a check-in is logged; when the next one is overdue, that is one reminder again
        TestAccounts.signInAs(expertAccount);
        checkIns.log(running.getId(), new CheckInService.CheckInEntry(time.today(), CheckInForm.PHONE, "Rooster",
                "", "", ""));
        SignedIn.nobody();
        clock.advance(Duration.ofDays(40));
        remindAndDeliver();
        remindAndDeliver();
        assertThat(subjectsTo(mentorEmail)).hasSize(2);
        assertThat(subjectsTo(expertAccount.email())).hasSize(2);
    }
}
