package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.RegisterTestPeople;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's rows for tests outside this package (views, the Overzicht), which cannot reach the repositories: experts
 * on new register entries, deployments on a request of their own, realised hours, and contacts. Each call makes new
 * rows; the years a test writes in are its own to keep sums apart.
 */
@Component
public class PoolTestData {

    /** An expert of the pool: its id in the pool, its register entry and the name the planning shows. */
    public record Expert(long id, long personId, String name) {
    }

    private final PoolPartnerRepository partners;
    private final PoolExpertRepository experts;
    private final DeploymentRequestRepository requests;
    private final DeploymentRepository deployments;
    private final RealisedHoursRepository hours;
    private final PartnerContactRepository contacts;
    private final RegisterTestPeople people;
    private final JdbcTemplate jdbc;
    private final MutableClock clock;

    PoolTestData(PoolPartnerRepository partners, PoolExpertRepository experts, DeploymentRequestRepository requests,
                 DeploymentRepository deployments, RealisedHoursRepository hours, PartnerContactRepository contacts,
                 RegisterTestPeople people, JdbcTemplate jdbc, MutableClock clock) {
        this.partners = partners;
        this.experts = experts;
        this.requests = requests;
        this.deployments = deployments;
        this.hours = hours;
        this.contacts = contacts;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Moves the test clock to noon of {@code day} in the portal's zone: pool tests read their own future years. */
    public void today(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(PortalTime.ZONE).toInstant()));
    }

    /** The demo partner of that name (DemoPool: the 14 municipalities of seed 003). */
    public long partner(String name) {
        return partners.findAllByOrderByNameAsc().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    /** A new expert in the register, with a pool profile. */
    public Expert expert(LocalDate today) {
        long personId = people.expert(null, "Pool " + UUID.randomUUID(), today);
        PoolExpert expert = experts.save(new PoolExpert(personId));
        String name = jdbc.queryForObject("select name from mentoring_person where id = ?", String.class, personId);
        return new Expert(expert.getId(), personId, name);
    }

    /** A deployment of {@code perWeek} hours a week from {@code from} to {@code until}, on a request of its own. */
    @Transactional
    public long deployment(String partner, Expert expert, ExperienceTheme theme, int perWeek, LocalDate from,
                           LocalDate until) {
        DeploymentRequest request = new DeploymentRequest(partner(partner), 1);
        request.describe(theme, PoolRole.ONE_ON_ONE, "Centrum", perWeek, from, until, "", null);
        request.moveTo(RequestStatus.ASSIGNED);
        request = requests.save(request);
        return deployments.save(new Deployment(request.getId(), request.getPartnerId(), expert.id(), perWeek, from,
                until, "")).getId();
    }

    /** {@code worked} hours in the week from {@code monday} on the deployment, on {@code theme}. */
    @Transactional
    public void worked(long deploymentId, LocalDate monday, String worked, ExperienceTheme theme) {
        RealisedHours realised = new RealisedHours(deployments.findById(deploymentId).orElseThrow(), monday);
        realised.record(new BigDecimal(worked), 3, theme);
        hours.save(realised);
    }

    /** Makes the account the contact of that municipality. */
    public void contact(long userId, String partner) {
        PartnerContact contact = contacts.findByUserId(userId).orElseGet(() -> new PartnerContact(userId,
                partner(partner)));
        contact.speakFor(partner(partner));
        contacts.save(contact);
    }
}
