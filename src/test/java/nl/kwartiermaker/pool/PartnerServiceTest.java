package nl.kwartiermaker.pool;

import nl.kwartiermaker.SignedIn;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Partner municipalities, their contacts and a municipality's page, with the test's own municipalities. */
@DatabaseTest
class PartnerServiceTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    PartnerService partners;
    @Autowired
    NeedsService needs;
    @Autowired
    SubAssignmentService subAssignments;
    @Autowired
    PoolSetupFixture fixture;

    @BeforeEach
    void asTheCoordinatorIn2091() {
        fixture.in2091();
        fixture.asCoordinator();
    }

    @Test
    void the_coordinator_adds_and_renames_a_partner_under_a_name_no_other_partner_has() {
        String name = "Aan de Maas " + UUID.randomUUID().toString().substring(0, 8);
        PoolPartner added = partners.add("  " + name + "  ");
        assertThat(added.getName()).isEqualTo(name);
        assertThat(added.isActive()).isTrue();

        assertThatThrownBy(() -> partners.add("venlo")).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.error.name.taken");
        assertThatThrownBy(() -> partners.add(" ")).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.error.name");
        PoolPartner renamed = partners.rename(added.getId(), added.getVersion(), name + " (oost)");
        assertThat(partners.rename(renamed.getId(), renamed.getVersion(), name.toUpperCase() + " (OOST)").getName())
                .as("its own name is no clash").isEqualTo(name.toUpperCase() + " (OOST)");
        assertThatThrownBy(() -> partners.rename(added.getId(), added.getVersion(), "Nog een naam"))
                .as("renamed by someone else in between").isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void a_partner_taken_out_of_the_pool_keeps_its_page_and_can_come_back() {
        PoolPartner partner = fixture.partner();
        PoolPartner out = partners.setActive(partner.getId(), partner.getVersion(), false);
        assertThat(out.isActive()).isFalse();
        assertThat(partners.page(partner.getId()).partner().isActive()).isFalse();
        assertThat(partners.setActive(out.getId(), out.getVersion(), true).isActive()).isTrue();
    }

    @Test
    void the_coordinator_links_a_contact_to_one_municipality_and_unlinks_it() {
        PoolPartner partner = fixture.partner();
        UserAccount contact = fixture.contact(null);
        fixture.asCoordinator();
        assertThat(partners.contactCandidates()).extracting(UserService.Person::id).contains(contact.id());

        PartnerContact link = partners.link(partner.getId(), contact.id());
        assertThat(partners.page(partner.getId()).contacts()).extracting(PartnerService.Contact::name)
                .containsExactly(contact.displayName());
        assertThat(partners.contactCandidates()).extracting(UserService.Person::id).doesNotContain(contact.id());
        assertThatThrownBy(() -> partners.link(fixture.partner().getId(), contact.id()))
                .as("one municipality per account").isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.contact.error.linked");
        fixture.as(contact);
        assertThat(partners.ownPartnerId()).contains(partner.getId());

        fixture.asCoordinator();
        partners.unlink(link.getId(), link.getVersion());
        assertThat(partners.page(partner.getId()).contacts()).isEmpty();
        fixture.as(contact);
        assertThat(partners.ownPartnerId()).isEmpty();
    }

    @Test
    void only_an_account_with_the_partner_contact_role_can_speak_for_a_municipality() {
        long coordinator = fixture.accountId(PoolSetupFixture.COORDINATOR);
        fixture.asCoordinator();
        assertThatThrownBy(() -> partners.link(fixture.partner().getId(), coordinator))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.partners.contact.error.role");
    }

    @Test
    void a_contact_sees_their_own_municipality_with_its_needs_and_any_other_is_not_found() {
        PoolPartner own = fixture.partner();
        PoolPartner other = fixture.partner();
        needs.addInventory(own.getId(), new InventoryForm(LocalDate.of(2091, 2, 10), "Beleidsadviseur, wijkteam",
                Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE), Set.of(PoolRole.ONE_ON_ONE), "Een inloop"));
        needs.addInventory(other.getId(), new InventoryForm(LocalDate.of(2091, 2, 11), "", Set.of(), Set.of(), ""));
        SubAssignment ownSub = subAssignments.create(new SubAssignmentForm(own.getId(), "Inloop", "Bereik",
                "", "", "", LocalDate.of(2091, 3, 1), LocalDate.of(2091, 12, 31), 100, null));
        UserAccount contact = fixture.contact(own.getId());

        fixture.as(contact);
        PartnerService.PartnerPage page = partners.page(own.getId());
        assertThat(page.mayArrange()).isFalse();
        assertThat(page.inventories()).singleElement().satisfies(i -> assertThat(i.getNotes()).isEqualTo("Een inloop"));
        assertThat(page.subAssignments()).extracting(SubAssignment::getId).containsExactly(ownSub.getId());
        assertThatThrownBy(() -> partners.page(other.getId())).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.error.notfound");
        assertThatThrownBy(() -> partners.page(Long.MAX_VALUE)).as("the same answer as for a missing one")
                .isInstanceOf(InvalidInput.class).hasMessage("pool.error.notfound");
        assertThatThrownBy(() -> partners.add("Nergens")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.contactCandidates()).isInstanceOf(AccessDeniedException.class);
    }
}
