package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.PoolPlanningService.ExpertHours;
import nl.kwartiermaker.pool.PoolPlanningService.Filter;
import nl.kwartiermaker.pool.PoolPlanningService.Planning;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Planned against realised hours per month and per week, in the first half of 2096 (where the pool's tests write
 * without counting totals: every test makes experts of its own and reads their rows). 2096 starts on a Sunday: the January weeks start on the
 * 2nd, 9th, 16th, 23rd and 30th, the February weeks on the 6th, 13th, 20th and 27th.
 */
@DatabaseTest
class PoolPlanningServiceTest {

    static final PoolPeriod FIRST_HALF = new PoolPeriod(2096, 1);

    @Autowired
    PoolPlanningService planning;
    @Autowired
    PoolTestData pool;
    @Autowired
    UserService users;

    @BeforeEach
    void coordinatorAtTheEndOf2096() {
        LocalDate day = LocalDate.of(2096, 12, 20);
        pool.today(day);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static ExpertHours row(Planning planned, PoolTestData.Expert expert) {
        return planned.rows().stream().filter(r -> r.expertId() == expert.id()).findFirst().orElseThrow();
    }

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void planned_hours_follow_each_week_a_deployment_runs_and_realised_hours_the_week_they_were_recorded() {
        PoolTestData.Expert expert = pool.expert(LocalDate.of(2096, 1, 1));
        // Wednesday 18 January to Tuesday 14 February: the weeks of 16, 23 and 30 January and 6 and 13 February
        long deployment = pool.deployment("Venlo", expert, ExperienceTheme.VERSLAVING, 4, LocalDate.of(2096, 1, 18),
                LocalDate.of(2096, 2, 14));
        pool.worked(deployment, LocalDate.of(2096, 1, 23), "3.5", ExperienceTheme.VERSLAVING);
        // the week of 30 January is January's: it starts on a Monday in January
        pool.worked(deployment, LocalDate.of(2096, 1, 30), "2", ExperienceTheme.SCHULDEN_EN_ARMOEDE);
        pool.worked(deployment, LocalDate.of(2096, 2, 13), "4", ExperienceTheme.VERSLAVING);

        Planning months = planning.planning(Filter.of(FIRST_HALF));
        assertThat(months.slots()).hasSize(6).allMatch(s -> !s.week());
        ExpertHours perMonth = row(months, expert);
        assertThat(perMonth.name()).isEqualTo(expert.name());
        assertThat(perMonth.planned()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(numbers("12", "8", "0", "0", "0", "0"));
        assertThat(perMonth.realised()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(numbers("5.5", "4", "0", "0", "0", "0"));
        assertThat(perMonth.plannedTotal()).isEqualByComparingTo("20");
        assertThat(perMonth.realisedTotal()).isEqualByComparingTo("9.5");
        assertThat(months.experts()).extracting(PoolPlanningService.ExpertOption::expertId).contains(expert.id());

        Planning february = planning.planning(new Filter(FIRST_HALF, null, null, null, YearMonth.of(2096, 2)));
        assertThat(february.slots()).extracting(PoolPlanningService.Slot::start).containsExactly(
                LocalDate.of(2096, 2, 6), LocalDate.of(2096, 2, 13), LocalDate.of(2096, 2, 20),
                LocalDate.of(2096, 2, 27));
        ExpertHours perWeek = row(february, expert);
        assertThat(perWeek.planned()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(numbers("4", "4", "0", "0"));
        assertThat(perWeek.realised()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(numbers("0", "4", "0", "0"));

        // a month outside the period shows the months again
        assertThat(planning.planning(new Filter(FIRST_HALF, null, null, null, YearMonth.of(2096, 8))).slots())
                .hasSize(6);
    }

    @Test
    void filters_by_municipality_theme_and_expert_narrow_the_hours_but_not_the_shares() {
        PoolTestData.Expert one = pool.expert(LocalDate.of(2096, 1, 1));
        PoolTestData.Expert other = pool.expert(LocalDate.of(2096, 1, 1));
        // four whole weeks each, Monday to Sunday: from 5 March and from 2 April
        long inVenlo = pool.deployment("Venlo", one, ExperienceTheme.VERSLAVING, 2, LocalDate.of(2096, 3, 5),
                LocalDate.of(2096, 4, 1));
        long inWeert = pool.deployment("Weert", one, ExperienceTheme.JEUGDHULP, 6, LocalDate.of(2096, 3, 5),
                LocalDate.of(2096, 4, 1));
        pool.deployment("Weert", other, ExperienceTheme.JEUGDHULP, 3, LocalDate.of(2096, 4, 2),
                LocalDate.of(2096, 4, 29));
        pool.worked(inVenlo, LocalDate.of(2096, 3, 5), "2", ExperienceTheme.VERSLAVING);
        pool.worked(inWeert, LocalDate.of(2096, 3, 5), "6", ExperienceTheme.JEUGDHULP);

        Planning all = planning.planning(Filter.of(FIRST_HALF));
        assertThat(row(all, one).realisedTotal()).isEqualByComparingTo("8");
        // four weeks of 2 + 6 hours
        assertThat(row(all, one).plannedTotal()).isEqualByComparingTo("32");

        long venlo = pool.partner("Venlo");
        Planning venloOnly = planning.planning(new Filter(FIRST_HALF, venlo, null, null, null));
        assertThat(row(venloOnly, one).plannedTotal()).isEqualByComparingTo("8");
        assertThat(row(venloOnly, one).realisedTotal()).isEqualByComparingTo("2");
        assertThat(venloOnly.rows()).noneMatch(r -> r.expertId() == other.id());
        assertThat(venloOnly.shares()).as("the shares are always all of them").isEqualTo(all.shares());

        Planning youth = planning.planning(new Filter(FIRST_HALF, null, ExperienceTheme.JEUGDHULP, null, null));
        assertThat(row(youth, one).plannedTotal()).isEqualByComparingTo("24");
        assertThat(row(youth, one).realisedTotal()).isEqualByComparingTo("6");
        assertThat(row(youth, other).plannedTotal()).isEqualByComparingTo("12");

        Planning justOther = planning.planning(new Filter(FIRST_HALF, null, null, other.id(), null));
        assertThat(justOther.rows()).extracting(ExpertHours::expertId).containsExactly(other.id());
        assertThat(justOther.experts()).as("the experts to choose from stay")
                .extracting(PoolPlanningService.ExpertOption::expertId).contains(one.id(), other.id());
    }

    @Test
    void a_contact_sees_only_their_own_municipality_and_the_hours_experts_work_in_it() {
        PoolTestData.Expert both = pool.expert(LocalDate.of(2096, 1, 1));
        PoolTestData.Expert weertOnly = pool.expert(LocalDate.of(2096, 1, 1));
        long inVenlo = pool.deployment("Venlo", both, ExperienceTheme.VERSLAVING, 2, LocalDate.of(2096, 5, 1),
                LocalDate.of(2096, 5, 31));
        long inWeert = pool.deployment("Weert", both, ExperienceTheme.VERSLAVING, 6, LocalDate.of(2096, 5, 1),
                LocalDate.of(2096, 5, 31));
        long elsewhere = pool.deployment("Weert", weertOnly, ExperienceTheme.VERSLAVING, 5, LocalDate.of(2096, 5, 1),
                LocalDate.of(2096, 5, 31));
        pool.worked(inVenlo, LocalDate.of(2096, 5, 7), "2", ExperienceTheme.VERSLAVING);
        pool.worked(inWeert, LocalDate.of(2096, 5, 7), "6", ExperienceTheme.VERSLAVING);
        pool.worked(elsewhere, LocalDate.of(2096, 5, 7), "5", ExperienceTheme.VERSLAVING);

        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        Planning seen = planning.planning(Filter.of(FIRST_HALF));
        assertThat(seen.coordinator()).isFalse();
        assertThat(seen.shares().partners()).extracting(FairShareService.PartnerShare::partnerName)
                .containsExactly("Venlo");
        assertThat(row(seen, both).realisedTotal()).as("their Venlo hours only").isEqualByComparingTo("2");
        // from Tuesday 1 May: the weeks of 30 April (April's, as it starts then), 7, 14, 21 and 28 May
        assertThat(row(seen, both).plannedTotal()).isEqualByComparingTo("10");
        assertThat(seen.rows()).noneMatch(r -> r.expertId() == weertOnly.id());
        assertThat(seen.experts()).noneMatch(o -> o.expertId() == weertOnly.id());
        assertThat(seen.budget().keyPercentage()).isEqualByComparingTo("28.47");

        // the expert filter cannot reach another municipality's hours either
        assertThat(planning.planning(new Filter(FIRST_HALF, null, null, weertOnly.id(), null)).rows()).isEmpty();
    }

    @Test
    void a_contact_whose_account_speaks_for_no_municipality_sees_nothing_of_the_pool() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.PARTNER_CONTACT));
        Planning seen = planning.planning(Filter.of(FIRST_HALF));
        assertThat(seen.linked()).isFalse();
        assertThat(seen.shares().partners()).isEmpty();
        assertThat(seen.rows()).isEmpty();
        assertThat(seen.budget().hasBudget()).isFalse();
    }
}
