package nl.kwartiermaker.pool;

import nl.kwartiermaker.SignedIn;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Needs inventories from kick-off meetings, the regional overview and regional activities, in 2091. */
@DatabaseTest
class NeedsServiceTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    NeedsService needs;
    @Autowired
    PartnerService partners;
    @Autowired
    PoolSetupFixture fixture;

    @BeforeEach
    void asTheCoordinatorIn2091() {
        fixture.in2091();
        fixture.asCoordinator();
    }

    InventoryForm kickOff(LocalDate on, Set<PoolRole> roles, Set<ExperienceTheme> themes) {
        return new InventoryForm(on, "Beleidsadviseur sociaal domein, wijkteam", themes, roles, "Een inloop");
    }

    @Test
    void the_overview_shows_each_municipalitys_latest_kick_off_and_who_still_waits_for_one() {
        PoolPartner twice = fixture.partner();
        PoolPartner waiting = fixture.partner();
        PoolPartner out = fixture.partner();
        needs.addInventory(twice.getId(), kickOff(LocalDate.of(2091, 1, 10), Set.of(PoolRole.TRAINER),
                Set.of(ExperienceTheme.VERSLAVING)));
        needs.addInventory(twice.getId(), kickOff(LocalDate.of(2091, 2, 20),
                Set.of(PoolRole.ONE_ON_ONE, PoolRole.LOCAL_INITIATOR), Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE)));
        partners.setActive(out.getId(), out.getVersion(), false);

        NeedsService.RegionalNeeds overview = needs.overview();
        assertThat(overview.municipalities()).filteredOn(l -> l.partner().getId().equals(twice.getId()))
                .singleElement().satisfies(local -> {
                    assertThat(local.latest().getMetOn()).isEqualTo(LocalDate.of(2091, 2, 20));
                    assertThat(local.meetings()).isEqualTo(2);
                });
        assertThat(overview.byRole().get(PoolRole.LOCAL_INITIATOR)).contains(twice.getName());
        assertThat(overview.byRole().getOrDefault(PoolRole.TRAINER, java.util.List.of()))
                .as("an earlier meeting's wishes gave way to the latest").doesNotContain(twice.getName());
        assertThat(overview.byTheme().get(ExperienceTheme.SCHULDEN_EN_ARMOEDE)).contains(twice.getName());
        assertThat(overview.withoutKickOff()).extracting(PoolPartner::getId).contains(waiting.getId())
                .doesNotContain(twice.getId()).as("no longer in the pool").doesNotContain(out.getId());
    }

    @Test
    void an_inventory_is_changed_from_the_version_the_coordinator_started_from() {
        PoolPartner partner = fixture.partner();
        NeedsInventory first = needs.addInventory(partner.getId(), kickOff(LocalDate.of(2091, 1, 15),
                Set.of(PoolRole.TRAINER), Set.of()));
        NeedsInventory changed = needs.updateInventory(first.getId(), first.getVersion(),
                new InventoryForm(LocalDate.of(2091, 1, 16), "Wethouder", Set.of(ExperienceTheme.JEUGDHULP),
                        Set.of(PoolRole.INTERVISOR), "Intervisie voor de ervaringsdeskundigen in de gemeente"));
        assertThat(changed.getRolesWanted()).containsExactly(PoolRole.INTERVISOR);
        assertThat(changed.getThemes()).containsExactly(ExperienceTheme.JEUGDHULP);

        assertThatThrownBy(() -> needs.updateInventory(first.getId(), first.getVersion(), kickOff(
                LocalDate.of(2091, 1, 17), Set.of(), Set.of()))).isInstanceOf(
                ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> needs.addInventory(partner.getId(), kickOff(LocalDate.of(2019, 12, 31), Set.of(),
                Set.of()))).isInstanceOf(InvalidInput.class).hasMessage("pool.partners.error.date");
        assertThatThrownBy(() -> needs.addInventory(Long.MAX_VALUE, kickOff(LocalDate.of(2091, 1, 1), Set.of(),
                Set.of()))).isInstanceOf(InvalidInput.class).hasMessage("pool.error.notfound");
    }

    @Test
    void regional_activities_are_added_and_changed_with_an_optional_end() {
        RegionalActivity cafe = needs.addActivity(new ActivityForm("PSY-café 2091", "Ontmoeten en ervaringen delen",
                Set.of(ExperienceTheme.PSYCHISCHE_KWETSBAARHEID), LocalDate.of(2091, 3, 1), null));
        assertThat(needs.overview().activities()).extracting(RegionalActivity::getId).contains(cafe.getId());

        RegionalActivity ended = needs.updateActivity(cafe.getId(), cafe.getVersion(), new ActivityForm(
                "PSY-café 2091", "", Set.of(), LocalDate.of(2091, 3, 1), LocalDate.of(2091, 12, 31)));
        assertThat(ended.getEndsOn()).isEqualTo(LocalDate.of(2091, 12, 31));
        assertThatThrownBy(() -> needs.updateActivity(cafe.getId(), ended.getVersion(), new ActivityForm(
                "PSY-café 2091", "", Set.of(), LocalDate.of(2091, 3, 1), LocalDate.of(2091, 2, 1))))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.activity.error.end");
        assertThatThrownBy(() -> needs.addActivity(new ActivityForm(" ", "", Set.of(), LocalDate.of(2091, 3, 1),
                null))).isInstanceOf(InvalidInput.class).hasMessage("pool.activity.error.title");
    }

    @Test
    void a_contact_reads_needs_on_their_own_page_but_neither_writes_them_nor_sees_the_region() {
        PoolPartner own = fixture.partner();
        fixture.as(fixture.contact(own.getId()));
        assertThatThrownBy(() -> needs.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> needs.addInventory(own.getId(), kickOff(LocalDate.of(2091, 1, 1), Set.of(),
                Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> needs.addActivity(new ActivityForm("x", "", Set.of(), LocalDate.of(2091, 1, 1),
                null))).isInstanceOf(AccessDeniedException.class);
    }
}
