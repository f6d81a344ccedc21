package nl.kwartiermaker.user;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class PasswordLinkRetentionTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    PasswordLinkRepository links;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_link_stays_until_it_has_been_expired_for_the_period_and_goes_just_after() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        long user = users.create(new UserService.NewUser("links-" + UUID.randomUUID() + "@example.nl", "Link Persoon",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord")).id();
        Duration period = retention.periods().get("password-links");
        Duration validity = PasswordLink.Purpose.SET_BY_BEHEERDER.validity;
        Instant now = clock.instant();
        String outside = UUID.randomUUID().toString();
        String inside = UUID.randomUUID().toString();
        links.save(new PasswordLink(user, outside, PasswordLink.Purpose.SET_BY_BEHEERDER,
                now.minus(validity).minus(period).minusSeconds(60)));
        links.save(new PasswordLink(user, inside, PasswordLink.Purpose.SET_BY_BEHEERDER,
                now.minus(validity).minus(period).plusSeconds(60)));

        assertThat(retention.apply("password-links")).isPositive();

        assertThat(links.findByTokenHash(outside)).isEmpty();
        assertThat(links.findByTokenHash(inside)).isPresent();
    }
}
