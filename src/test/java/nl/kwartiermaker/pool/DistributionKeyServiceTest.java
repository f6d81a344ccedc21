package nl.kwartiermaker.pool;

import nl.kwartiermaker.SignedIn;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.PortalI18nProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The distribution key and the budget. Keys are written from 2099 on (a key applies to every later period, so no
 * other test's period sees them), budgets in 2091–2092, with the clock in 2091.
 */
@DatabaseTest
class DistributionKeyServiceTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    DistributionKeyService keys;
    @Autowired
    PartnerService partners;
    @Autowired
    PoolSetupFixture fixture;
    @Autowired
    PortalI18nProvider i18n;

    long venlo;
    long weert;

    @BeforeEach
    void inTheTestYears() {
        fixture.in2091();
        fixture.asCoordinator();
        venlo = fixture.demoPartner("Venlo");
        weert = fixture.demoPartner("Weert");
    }

    Map<Long, BigDecimal> shares(String venloShare, String weertShare) {
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(venlo, new BigDecimal(venloShare));
        shares.put(weert, new BigDecimal(weertShare));
        return shares;
    }

    String message(InvalidInput refused) {
        return i18n.translate(PortalLocales.DUTCH, refused.messageKey(), refused.params());
    }

    @Test
    void a_key_that_does_not_add_up_to_exactly_100_percent_is_refused_naming_its_total_and_the_difference() {
        LocalDate from = LocalDate.of(2099, 1, 1);
        BigDecimal before = keys.keyOn(from).orElseThrow().percentageOf(venlo);

        assertThatThrownBy(() -> keys.newKey(new KeyForm(from, "", shares("60.00", "39.50"))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(message(refused)).startsWith(
                        "De percentages tellen op tot 99,50 %. Dat is 0,50 % te weinig: samen moeten ze precies "
                                + "100,00 % zijn. Er is niets opgeslagen"));
        assertThatThrownBy(() -> keys.newKey(new KeyForm(from, "", shares("60.25", "40"))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(message(refused))
                        .startsWith("De percentages tellen op tot 100,25 %. Dat is 0,25 % te veel"));
        assertThatThrownBy(() -> keys.newKey(new KeyForm(from, "", shares("60.005", "39.995"))))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.partners.key.error.percentage");
        assertThatThrownBy(() -> keys.newKey(new KeyForm(from, "", shares("-10", "110"))))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.partners.key.error.percentage");

        assertThat(keys.keyOn(from).orElseThrow().getValidFrom()).as("the key in force stays")
                .isBefore(LocalDate.of(2099, 1, 1));
        assertThat(keys.keyOn(from).orElseThrow().percentageOf(venlo)).isEqualByComparingTo(before);
    }

    @Test
    void a_new_key_applies_from_its_date_while_every_earlier_day_keeps_the_key_it_had() {
        DistributionKey demo = keys.keyOn(LocalDate.of(2099, 6, 30)).orElseThrow();
        DistributionKey later = keys.newKey(new KeyForm(LocalDate.of(2099, 7, 1), "Besluit BC Wmo",
                shares("70", "30.00")));

        assertThat(later.getShares()).containsOnly(Map.entry(venlo, new BigDecimal("70.00")),
                Map.entry(weert, new BigDecimal("30.00")));
        assertThat(keys.keyOn(LocalDate.of(2099, 6, 30)).orElseThrow().getId()).isEqualTo(demo.getId());
        assertThat(keys.keyOn(LocalDate.of(2099, 7, 1)).orElseThrow().getId()).isEqualTo(later.getId());
        assertThat(keys.keyOn(LocalDate.of(2099, 12, 31)).orElseThrow().percentageOf(weert))
                .isEqualByComparingTo("30.00");
        assertThat(keys.history().keys()).extracting(DistributionKey::getValidFrom)
                .containsSubsequence(LocalDate.of(2099, 7, 1), demo.getValidFrom());
        assertThat(keys.history().partnerNames()).containsEntry(venlo, "Venlo");

        assertThatThrownBy(() -> keys.newKey(new KeyForm(LocalDate.of(2099, 7, 1), "", shares("50", "50"))))
                .as("one key per start day").isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.key.error.taken");
        assertThatThrownBy(() -> keys.newKey(new KeyForm(LocalDate.of(2102, 1, 1), "", shares("50", "50"))))
                .as("past the date window").isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.error.date");
    }

    @Test
    void a_partner_that_no_longer_takes_part_gets_no_share_in_a_new_key() {
        PoolPartner gone = fixture.partner();
        Map<Long, BigDecimal> withGone = shares("50", "40");
        withGone.put(gone.getId(), new BigDecimal("10"));
        PoolPartner saved = partners.setActive(gone.getId(), gone.getVersion(), false);

        assertThatThrownBy(() -> keys.newKey(new KeyForm(LocalDate.of(2100, 1, 1), "", withGone)))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.partners.key.error.inactive");
        withGone.put(saved.getId(), BigDecimal.ZERO);
        withGone.put(weert, new BigDecimal("50"));
        DistributionKey key = keys.newKey(new KeyForm(LocalDate.of(2100, 1, 1), "", withGone));
        assertThat(key.getShares()).as("a zero share is left out").doesNotContainKey(saved.getId())
                .containsOnlyKeys(venlo, weert);
    }

    @Test
    void a_budget_in_fte_comes_to_fte_times_hours_per_week_times_46_working_weeks_and_changes_from_its_version() {
        PoolBudget inFte = keys.saveBudget(new BudgetForm(2092, new BigDecimal("2.5"), BudgetUnit.FTE,
                new BigDecimal("36")), null);
        assertThat(inFte.hours()).isEqualByComparingTo("4140");

        PoolBudget inHours = keys.saveBudget(new BudgetForm(2092, new BigDecimal("3000"), BudgetUnit.HOURS,
                new BigDecimal("36")), inFte.getVersion());
        assertThat(inHours.hours()).isEqualByComparingTo("3000");
        assertThat(keys.budgets()).filteredOn(b -> b.getYear() == 2092).singleElement()
                .satisfies(b -> assertThat(b.getUnit()).isEqualTo(BudgetUnit.HOURS));

        assertThatThrownBy(() -> keys.saveBudget(new BudgetForm(2092, new BigDecimal("4"), BudgetUnit.FTE,
                new BigDecimal("36")), inFte.getVersion())).as("changed by someone else in between")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> keys.saveBudget(new BudgetForm(2092, new BigDecimal("4"), BudgetUnit.FTE,
                new BigDecimal("36")), null)).as("the year got a budget in between")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> keys.saveBudget(new BudgetForm(2091, BigDecimal.ZERO, BudgetUnit.FTE,
                new BigDecimal("36")), null)).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.budget.error.amount");
        assertThatThrownBy(() -> keys.saveBudget(new BudgetForm(2091, BigDecimal.ONE, BudgetUnit.FTE,
                new BigDecimal("80")), null)).isInstanceOf(InvalidInput.class)
                .hasMessage("pool.partners.budget.error.hoursperfte");
    }

    @Test
    void the_overview_gives_each_partner_its_hours_of_this_years_budget_by_the_key_in_force() {
        Long version = keys.budgets().stream().filter(b -> b.getYear() == 2091).findFirst()
                .map(PoolBudget::getVersion).orElse(null);
        keys.saveBudget(new BudgetForm(2091, new BigDecimal("6"), BudgetUnit.FTE, new BigDecimal("36")), version);

        var overview = keys.overview();
        assertThat(overview.now().budget()).hasValueSatisfying(b -> assertThat(b.hours()).isEqualByComparingTo(
                "9936"));
        assertThat(overview.now().percentageOf(venlo)).isEqualByComparingTo("28.47");
        assertThat(overview.now().hoursOf(venlo)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo(
                "2829"));
        assertThat(overview.partners()).filteredOn(l -> l.partner().getId() == venlo).singleElement()
                .satisfies(l -> assertThat(l.contacts()).isNotEmpty());
    }

    @Test
    void only_the_pool_coordinator_arranges_the_key_and_the_budget() {
        fixture.as(fixture.contact(fixture.partner().getId()));
        assertThatThrownBy(() -> keys.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.newKey(new KeyForm(LocalDate.of(2101, 1, 1), "", shares("50", "50"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.saveBudget(new BudgetForm(2091, BigDecimal.ONE, BudgetUnit.FTE,
                new BigDecimal("36")), null)).isInstanceOf(AccessDeniedException.class);
    }
}
