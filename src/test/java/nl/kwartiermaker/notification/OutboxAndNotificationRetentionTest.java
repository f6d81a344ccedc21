package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.RetentionJob;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class OutboxAndNotificationRetentionTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    InAppNotificationRepository notifications;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    final String recipient = "retention-" + UUID.randomUUID() + "@example.nl";

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    OutgoingMail mail(String subject, Instant queuedAt) {
        return new OutgoingMail(recipient, subject, "Tekst", queuedAt);
    }

    @Test
    void sent_and_given_up_mail_goes_after_the_period_and_mail_still_waiting_stays() {
        Duration period = retention.periods().get("outbox");
        Instant outside = clock.instant().minus(period).minusSeconds(60);
        OutgoingMail sent = mail("sent, just outside", outside);
        sent.sent(outside.plusSeconds(1));
        OutgoingMail givenUp = mail("given up, just outside", outside);
        givenUp.failed("550 unknown", outside, true);
        OutgoingMail waiting = mail("waiting, just outside", outside);
        // never due in a test run, so no other test delivers it
        waiting.failed("421 busy", Instant.parse("9999-01-01T00:00:00Z"), false);
        OutgoingMail recent = mail("sent, just inside", clock.instant().minus(period).plusSeconds(60));
        recent.sent(clock.instant());
        outbox.saveAll(java.util.List.of(sent, givenUp, waiting, recent));

        assertThat(retention.apply("outbox")).isGreaterThanOrEqualTo(2);

        assertThat(outbox.findAll()).filteredOn(m -> m.getRecipient().equals(recipient))
                .extracting(OutgoingMail::getSubject)
                .containsExactlyInAnyOrder("waiting, just outside", "sent, just inside");
    }

    @Test
    void a_notification_goes_once_it_was_read_longer_ago_than_the_period_and_an_unread_one_stays() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        long user = users.create(new UserService.NewUser(recipient, "Melding Persoon", EnumSet.of(Role.MEDEWERKER),
                "een lang wachtwoord")).id();
        Duration period = retention.periods().get("notifications");
        Instant longAgo = clock.instant().minus(period.multipliedBy(2));
        InAppNotification readOutside = new InAppNotification(user, "read, just outside", recipient, null, longAgo);
        readOutside.markRead(clock.instant().minus(period).minusSeconds(60));
        InAppNotification readInside = new InAppNotification(user, "read, just inside", recipient, null, longAgo);
        readInside.markRead(clock.instant().minus(period).plusSeconds(60));
        InAppNotification unread = new InAppNotification(user, "unread, old", recipient, null, longAgo);
        notifications.saveAll(java.util.List.of(readOutside, readInside, unread));

        assertThat(retention.apply("notifications")).isPositive();

        assertThat(notifications.findAll()).filteredOn(n -> n.getMessage().equals(recipient))
                .extracting(InAppNotification::getTitle).containsExactlyInAnyOrder("read, just inside", "unread, old");
    }
}
