package nl.kwartiermaker.pool;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.roledescription.CoreTask;
import org.springframework.stereotype.Component;

/**
 * The pool's experts and requests for tests, made through the services as the pool coordinator. Tests of this part
 * live in 2093–2094, years no one else writes hours in: the clock is moved there first (it moves back before each
 * test), and every expert gets a name and residence of its own, so tests in any order bring their own data.
 */
@Component
public class PoolFixture {

    public static final String COORDINATOR = "poolcoordinator@demo.nl";
    public static final String VENLO_CONTACT = "gemeente@demo.nl";

    private final PoolExpertService experts;
    private final DeploymentRequestService requests;
    private final PoolPartnerRepository partners;
    private final MutableClock clock;

    PoolFixture(PoolExpertService experts, DeploymentRequestService requests, PoolPartnerRepository partners,
                MutableClock clock) {
        this.experts = experts;
        this.requests = requests;
        this.partners = partners;
        this.clock = clock;
    }

    /** Moves the test clock forward to noon of {@code day} (the clock only moves forward; it is reset per test). */
    public void today(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    public static void asCoordinator() {
        SignedIn.as(COORDINATOR, Role.POOL_COORDINATOR);
    }

    public static void asVenloContact() {
        SignedIn.as(VENLO_CONTACT, Role.PARTNER_CONTACT);
    }

    public long partner(String name) {
        return partners.findAllByOrderByNameAsc().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    /** A unique place name, so that only this test's experts live there. */
    public static String place() {
        return "Testdorp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new expert in the register and the pool, as the pool coordinator adds one; signed in as them afterwards. */
    public PoolExpert expert(String name, String residence, String tie, TrainingLevel training, Set<CoreTask> tasks,
                             int hours, Set<ExperienceTheme> themes) {
        asCoordinator();
        return experts.addNew(name + " " + UUID.randomUUID().toString().substring(0, 6), "", themes,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), new ExpertProfile(residence, tie, training, tasks, hours));
    }

    /** A request the pool coordinator files for {@code partner}; signed in as them afterwards. */
    public DeploymentRequest request(String partner, ExperienceTheme theme, PoolRole role, String place,
                                     LocalDate from, LocalDate until, int hours) {
        asCoordinator();
        return requests.file(new RequestForm(partner(partner), theme, role, place, hours, from, until,
                "Wat er nodig is, zonder namen."));
    }
}
