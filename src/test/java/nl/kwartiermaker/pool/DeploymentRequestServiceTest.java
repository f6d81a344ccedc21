package nl.kwartiermaker.pool;

import static nl.kwartiermaker.mentoring.ExperienceTheme.SCHULDEN_EN_ARMOEDE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Requests filed and seen per municipality: a contact files and sees their own, anything else is not found. */
@DatabaseTest
class DeploymentRequestServiceTest {

    static final LocalDate FROM = LocalDate.of(2093, 3, 2);
    static final LocalDate UNTIL = LocalDate.of(2093, 8, 30);

    @Autowired
    DeploymentRequestService requests;
    @Autowired
    PoolFixture pool;
    @Autowired
    UserService users;

    @BeforeEach
    void inTheTestYears() {
        pool.today(LocalDate.of(2093, 2, 10));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    RequestForm form(Long partner, String place) {
        return new RequestForm(partner, VERSLAVING, PoolRole.ONE_ON_ONE, place, 120, FROM, UNTIL, "Contact op de markt.");
    }

    void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_contact_files_for_their_own_municipality_and_sees_only_its_requests() {
        DeploymentRequest weert = pool.request("Weert", SCHULDEN_EN_ARMOEDE, PoolRole.TRAINER, PoolFixture.place(),
                FROM, UNTIL, 40);
        PoolFixture.asVenloContact();

        DeploymentRequest own = requests.file(form(null, PoolFixture.place()));

        assertThat(own.getPartnerId()).isEqualTo(pool.partner("Venlo"));
        assertThat(own.getStatus()).isEqualTo(RequestStatus.OPEN);
        // whatever the filter names, a contact's list is their own municipality's
        List<RequestLine> seen = requests.list(new DeploymentRequestService.Filter(null, pool.partner("Weert")), 0,
                500);
        assertThat(seen).extracting(RequestLine::partnerName).containsOnly("Venlo");
        assertThat(seen).extracting(RequestLine::id).contains(own.getId()).doesNotContain(weert.getId());
        assertThat(requests.count(new DeploymentRequestService.Filter(null, null))).isEqualTo(seen.size());
        assertThat(requests.page(own.getId()).partnerName()).isEqualTo("Venlo");
        assertThat(requests.partners()).extracting(PoolPartner::getName).containsExactly("Venlo");
    }

    @Test
    void another_municipalitys_request_is_not_found_to_a_contact_whatever_they_try() {
        DeploymentRequest weert = pool.request("Weert", VERSLAVING, PoolRole.ONE_ON_ONE, PoolFixture.place(), FROM,
                UNTIL, 40);
        PoolFixture.asVenloContact();

        refused(() -> requests.page(weert.getId()), "pool.error.notfound");
        refused(() -> requests.withdraw(weert.getId(), weert.getVersion()), "pool.error.notfound");
        refused(() -> requests.page(Long.MAX_VALUE), "pool.error.notfound");
        refused(() -> requests.file(form(pool.partner("Weert"), PoolFixture.place())), "pool.error.notfound");
        PoolFixture.asCoordinator();
        assertThat(requests.page(weert.getId()).request().getStatus()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void a_contact_not_yet_linked_to_a_municipality_sees_nothing_and_cannot_file() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.PARTNER_CONTACT));

        assertThat(requests.list(new DeploymentRequestService.Filter(null, null), 0, 50)).isEmpty();
        assertThat(requests.count(new DeploymentRequestService.Filter(null, null))).isZero();
        assertThat(requests.partners()).isEmpty();
        refused(() -> requests.file(form(null, "Venlo")), "pool.requests.error.no_partner");
    }

    @Test
    void the_coordinator_files_on_a_municipalitys_behalf_and_filters_by_status_and_municipality_open_first() {
        String place = PoolFixture.place();
        DeploymentRequest first = pool.request("Nederweert", VERSLAVING, PoolRole.ONE_ON_ONE, place, FROM, UNTIL, 80);
        DeploymentRequest later = pool.request("Nederweert", VERSLAVING, PoolRole.TRAINER, place,
                FROM.plusMonths(1), UNTIL, 20);
        requests.withdraw(later.getId(), later.getVersion());
        DeploymentRequest open = pool.request("Nederweert", VERSLAVING, PoolRole.INTERVISOR, place, FROM, UNTIL, 10);

        List<RequestLine> nederweert = requests.list(new DeploymentRequestService.Filter(null,
                pool.partner("Nederweert")), 0, 500);
        assertThat(nederweert).extracting(RequestLine::partnerName).containsOnly("Nederweert");
        List<Long> ids = nederweert.stream().map(RequestLine::id).toList();
        assertThat(ids.indexOf(open.getId())).as("open ones first").isLessThan(ids.indexOf(later.getId()));
        assertThat(ids.indexOf(first.getId())).isLessThan(ids.indexOf(later.getId()));
        List<RequestLine> withdrawn = requests.list(new DeploymentRequestService.Filter(RequestStatus.WITHDRAWN,
                pool.partner("Nederweert")), 0, 500);
        assertThat(withdrawn).extracting(RequestLine::id).contains(later.getId()).doesNotContain(open.getId());
        assertThat(requests.list(new DeploymentRequestService.Filter(RequestStatus.OPEN, null), 0, 500))
                .extracting(RequestLine::partnerName).contains("Nederweert", "Venlo");
    }

    @Test
    void a_request_must_say_what_where_how_much_and_when() {
        PoolFixture.asVenloContact();
        String place = PoolFixture.place();
        refused(() -> requests.file(new RequestForm(null, null, PoolRole.ONE_ON_ONE, place, 10, FROM, UNTIL, "")),
                "pool.requests.error.theme");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, null, place, 10, FROM, UNTIL, "")),
                "pool.requests.error.role");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, " ", 10, FROM, UNTIL, "")),
                "pool.requests.error.place");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, place, 0, FROM, UNTIL, "")),
                "pool.requests.error.hours");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, place,
                DeploymentRequestService.EXPECTED_HOURS_MAX + 1, FROM, UNTIL, "")), "pool.requests.error.hours");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, place, 10, UNTIL, FROM, "")),
                "pool.requests.error.period_order");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, place, 10,
                LocalDate.of(1999, 1, 1), UNTIL, "")), "pool.requests.error.period");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, place, 10, FROM, null, "")),
                "pool.requests.error.period");
        refused(() -> requests.file(new RequestForm(null, VERSLAVING, PoolRole.TRAINER, place, 10, FROM, UNTIL,
                "x".repeat(DeploymentRequest.DESCRIPTION_MAX + 1))), "pool.requests.error.description");
        PoolFixture.asCoordinator();
        refused(() -> requests.file(form(null, place)), "pool.requests.error.partner");
    }

    @Test
    void a_contact_withdraws_their_own_open_request_and_only_while_it_is_open() {
        PoolFixture.asVenloContact();
        DeploymentRequest own = requests.file(form(null, PoolFixture.place()));

        DeploymentRequest withdrawn = requests.withdraw(own.getId(), own.getVersion());

        assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(requests.page(own.getId()).mayWithdraw()).isFalse();
        refused(() -> requests.withdraw(own.getId(), withdrawn.getVersion()), "pool.requests.error.not_open");
    }

    @Test
    void other_roles_are_refused_the_pools_requests() {
        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR);
        assertThatThrownBy(() -> requests.list(new DeploymentRequestService.Filter(null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.file(form(null, "Venlo"))).isInstanceOf(AccessDeniedException.class);
    }
}
