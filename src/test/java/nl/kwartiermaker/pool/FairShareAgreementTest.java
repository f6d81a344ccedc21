package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.FairShareService.PartnerShare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shares per half-year and year to date against the demo key (seed 003), and deviations the coordinator agrees and
 * withdraws. The hours are written once, in 2095, a year only this class writes in, so the sums are its own:
 * <ul>
 * <li>first half: Venlo 30 h, Weert 70 h;</li>
 * <li>second half: Venlo 80 h in July, Venray 20 h in August, Weert 50 h in November.</li>
 * </ul>
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairShareAgreementTest {

    static final PoolPeriod FIRST_HALF = new PoolPeriod(2095, 1);
    static final PoolPeriod SECOND_HALF = new PoolPeriod(2095, 2);
    static final PoolPeriod YEAR = PoolPeriod.wholeYear(2095);
    static final LocalDate YEAR_END = LocalDate.of(2095, 12, 31);

    @Autowired
    FairShareService fairShares;
    @Autowired
    AgreedDeviationService agreements;
    @Autowired
    PoolPlanningService planning;
    @Autowired
    PoolTestData pool;
    @Autowired
    PoolBudgetRepository budgets;
    @Autowired
    AgreedDeviationRepository agreed;

    @BeforeAll
    void hoursOf2095() {
        worked("Venlo", LocalDate.of(2095, 1, 3), 3, 10);
        worked("Weert", LocalDate.of(2095, 2, 7), 7, 10);
        worked("Venlo", LocalDate.of(2095, 7, 4), 4, 20);
        worked("Venray", LocalDate.of(2095, 8, 1), 2, 10);
        worked("Weert", LocalDate.of(2095, 11, 7), 5, 10);
        if (budgets.findByYear(2095).isEmpty()) {
            budgets.save(new PoolBudget(2095, new BigDecimal("1000"), BudgetUnit.HOURS, new BigDecimal("36")));
        }
    }

    /** {@code weeks} weeks of {@code perWeek} hours in {@code partner}, from {@code monday}, by a new expert. */
    private void worked(String partner, LocalDate monday, int weeks, int perWeek) {
        PoolTestData.Expert expert = pool.expert(monday);
        long deployment = pool.deployment(partner, expert, ExperienceTheme.VERSLAVING, perWeek, monday,
                monday.plusWeeks(weeks).minusDays(1));
        for (int week = 0; week < weeks; week++) {
            pool.worked(deployment, monday.plusWeeks(week), String.valueOf(perWeek), ExperienceTheme.VERSLAVING);
        }
    }

    @BeforeEach
    void coordinatorInTheSecondHalfOf2095() {
        pool.today(LocalDate.of(2095, 9, 30));
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static Map<String, PartnerShare> byName(FairShareService.Shares shares) {
        return shares.partners().stream().collect(Collectors.toMap(PartnerShare::partnerName, p -> p));
    }

    @Test
    void each_half_year_and_the_year_so_far_count_only_the_hours_of_their_own_weeks() {
        var first = byName(fairShares.shares(FIRST_HALF, YEAR_END));
        assertThat(first.get("Venlo").realisedPercentage()).isEqualByComparingTo("30.00");
        assertThat(first.get("Venlo").flagged()).isFalse();
        assertThat(first.get("Weert").deviation()).isEqualByComparingTo("56.19");
        assertThat(first.get("Weert").needsAttention()).isTrue();
        assertThat(first).hasSize(14);

        var second = byName(fairShares.shares(SECOND_HALF, YEAR_END));
        assertThat(second.get("Venlo").hours()).isEqualByComparingTo("80");
        assertThat(second.get("Venlo").realisedPercentage()).isEqualByComparingTo("53.33");
        assertThat(second.get("Venray").realisedPercentage()).isEqualByComparingTo("13.33");
        assertThat(second.get("Venray").flagged()).as("+3.06 points is within 5").isFalse();
        assertThat(second.get("Weert").realisedPercentage()).isEqualByComparingTo("33.33");

        // the year so far, up to 30 September: Weert's November hours are not worked yet
        var soFar = fairShares.shares(YEAR, LocalDate.of(2095, 9, 30));
        assertThat(soFar.totalHours()).isEqualByComparingTo("200");
        var yearShares = byName(soFar);
        assertThat(yearShares.get("Venlo").realisedPercentage()).isEqualByComparingTo("55.00");
        assertThat(yearShares.get("Weert").realisedPercentage()).isEqualByComparingTo("35.00");
        assertThat(yearShares.get("Venray").deviation()).isEqualByComparingTo("-0.27");
        assertThat(yearShares.get("Venray").flagged()).isFalse();
        assertThat(yearShares.get("Beesel").flagged()).as("0 % against 0.78 %").isFalse();

        // the planning shows the same shares, up to today
        var planned = planning.planning(PoolPlanningService.Filter.of(YEAR));
        assertThat(planned.until()).isEqualTo(LocalDate.of(2095, 9, 30));
        assertThat(planned.shares()).isEqualTo(soFar);
    }

    @Test
    void a_flagged_share_shows_as_agreed_once_recorded_and_as_flagged_again_after_the_agreement_is_withdrawn() {
        long weert = pool.partner("Weert");
        FairShareService.Agreement agreement = agreements.agree(weert, FIRST_HALF,
                "  Reële vraag leidend: pilot inloop in Weert  ");
        assertThat(agreement.reason()).isEqualTo("Reële vraag leidend: pilot inloop in Weert");
        try {
            PartnerShare shown = byName(fairShares.shares(FIRST_HALF, YEAR_END)).get("Weert");
            assertThat(shown.flagged()).isTrue();
            assertThat(shown.agreed()).isTrue();
            assertThat(shown.needsAttention()).isFalse();
            assertThat(shown.agreedReason()).isEqualTo("Reële vraag leidend: pilot inloop in Weert");
            assertThat(shown.agreement().agreedOn()).isEqualTo(LocalDate.of(2095, 9, 30));
            // an agreement holds for its own period only
            assertThat(byName(fairShares.shares(YEAR, YEAR_END)).get("Weert").needsAttention()).isTrue();

            FairShareService.Agreement changed = agreements.rephrase(agreement.id(), agreement.version(),
                    "Afgesproken in het regio-overleg van maart");
            assertThat(byName(fairShares.shares(FIRST_HALF, YEAR_END)).get("Weert").agreedReason())
                    .isEqualTo("Afgesproken in het regio-overleg van maart");
            assertThatThrownBy(() -> agreements.rephrase(agreement.id(), agreement.version(), "Oud"))
                    .as("changed in between").isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThatThrownBy(() -> agreements.withdraw(agreement.id(), agreement.version()))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);

            agreements.withdraw(changed.id(), changed.version());
            PartnerShare after = byName(fairShares.shares(FIRST_HALF, YEAR_END)).get("Weert");
            assertThat(after.agreement()).isNull();
            assertThat(after.needsAttention()).isTrue();
            assertThatThrownBy(() -> agreements.withdraw(changed.id(), changed.version()))
                    .isInstanceOf(InvalidInput.class).hasMessage("pool.planning.agree.error.gone");
        } finally {
            agreed.findByPartnerIdAndPeriodYearAndPeriodHalf(weert, 2095, 1).ifPresent(agreed::delete);
        }
    }

    @Test
    void an_agreement_needs_a_reason_is_one_per_municipality_and_period_and_is_the_coordinators_to_make() {
        long venray = pool.partner("Venray");
        assertThatThrownBy(() -> agreements.agree(venray, SECOND_HALF, "   "))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.planning.agree.error.reason.missing");
        assertThatThrownBy(() -> agreements.agree(venray, SECOND_HALF, "x".repeat(AgreedDeviation.REASON_MAX + 1)))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.planning.agree.error.reason.long");
        assertThatThrownBy(() -> agreements.agree(venray, new PoolPeriod(3000, 1), "Te ver weg"))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.planning.agree.error.period");
        try {
            // agreed ahead, while the share is still within the key: kept, shown to the coordinator, not as agreed
            agreements.agree(venray, SECOND_HALF, "Extra inzet voor het nieuwe inlooppunt");
            PartnerShare within = byName(fairShares.shares(SECOND_HALF, YEAR_END)).get("Venray");
            assertThat(within.flagged()).isFalse();
            assertThat(within.agreed()).isFalse();
            assertThat(within.agreement().reason()).isEqualTo("Extra inzet voor het nieuwe inlooppunt");
            assertThatThrownBy(() -> agreements.agree(venray, SECOND_HALF, "Nog een keer"))
                    .isInstanceOf(InvalidInput.class).hasMessage("pool.planning.agree.error.exists");

            SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
            assertThatThrownBy(() -> agreements.agree(pool.partner("Venlo"), FIRST_HALF, "Wij willen meer"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            agreed.findByPartnerIdAndPeriodYearAndPeriodHalf(venray, 2095, 2).ifPresent(agreed::delete);
        }
    }

    @Test
    void the_coordinator_reads_the_regions_budget_and_a_contact_their_own_part_of_it_and_their_own_line() {
        var region = fairShares.budget(2095, LocalDate.of(2095, 9, 30));
        assertThat(region.availableHours()).isEqualByComparingTo("1000");
        assertThat(region.usedHours()).isEqualByComparingTo("200");
        assertThat(region.usedPercent()).isEqualTo(20);

        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        var venlo = fairShares.budget(2095, LocalDate.of(2095, 9, 30));
        assertThat(venlo.keyPercentage()).isEqualByComparingTo("28.47");
        assertThat(venlo.availableHours()).as("28.47 % of 1000 hours").isEqualByComparingTo("285");
        assertThat(venlo.usedHours()).isEqualByComparingTo("110");

        var seen = planning.planning(PoolPlanningService.Filter.of(YEAR));
        assertThat(seen.shares().partners()).extracting(PartnerShare::partnerName).containsExactly("Venlo");
        assertThat(seen.shares().partners().getFirst().realisedPercentage()).isEqualByComparingTo("55.00");
        assertThat(seen.budget()).isEqualTo(venlo);
        long weert = pool.partner("Weert");
        assertThatThrownBy(() -> planning.planning(new PoolPlanningService.Filter(YEAR, weert, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("pool.error.notfound");
    }
}
