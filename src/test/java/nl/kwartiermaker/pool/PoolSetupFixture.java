package nl.kwartiermaker.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.stereotype.Component;

/**
 * What the tests of the pool's set-up share: their own partners and contact accounts (never the demo's, which other
 * tests count on), and the test clock moved into 2091, the years these tests write in, so that their dates lie in
 * the pool's date window and nobody else's sums see them.
 */
@Component
public class PoolSetupFixture {

    public static final String COORDINATOR = "poolcoordinator@demo.nl";
    /** The demo's contact, who speaks for Venlo. */
    public static final String VENLO_CONTACT = "gemeente@demo.nl";

    private final PoolPartnerRepository partners;
    private final PartnerContactRepository contacts;
    private final UserService users;
    private final MutableClock clock;

    PoolSetupFixture(PoolPartnerRepository partners, PartnerContactRepository contacts, UserService users,
                     MutableClock clock) {
        this.partners = partners;
        this.contacts = contacts;
        this.users = users;
        this.clock = clock;
    }

    /** Today becomes 2 March 2091; the date window then runs to the end of 2101. */
    public void in2091() {
        clock.advance(Duration.between(clock.instant(), Instant.parse("2091-03-02T09:00:00Z")));
    }

    public void asCoordinator() {
        SignedIn.as(COORDINATOR, Role.POOL_COORDINATOR);
    }

    public void as(UserAccount contact) {
        SignedIn.as(contact.email(), Role.PARTNER_CONTACT);
    }

    /** A new municipality of the test's own: active, in no key. */
    public PoolPartner partner() {
        return partners.save(new PoolPartner("Testgemeente " + UUID.randomUUID().toString().substring(0, 8)));
    }

    /** One of the demo's 14 municipalities. */
    public long demoPartner(String name) {
        return partners.findByNameIgnoreCase(name).orElseThrow().getId();
    }

    public long accountId(String email) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        try {
            return users.findByEmail(email).orElseThrow().id();
        } finally {
            SignedIn.nobody();
        }
    }

    /** A new account with the partner-contact role, speaking for {@code partnerId} (for none when null). */
    public UserAccount contact(Long partnerId) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String id = UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(new UserService.NewUser("contact-" + id + "@example.nl",
                "Contactpersoon " + id, EnumSet.of(Role.PARTNER_CONTACT), "een lang wachtwoord"));
        if (partnerId != null) {
            contacts.save(new PartnerContact(account.id(), partnerId));
        }
        SignedIn.nobody();
        return account;
    }
}
