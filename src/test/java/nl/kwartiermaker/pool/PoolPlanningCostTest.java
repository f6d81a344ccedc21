package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.PoolPlanningService.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What reading the planning of 2096 costs with one expert in one municipality, and with 40 experts deployed in all 14
 * municipalities with hours in every week: the same statements, for the coordinator and for a contact. The full year
 * is taken out again after the test; the one expert stays, in the first half of 2096.
 */
@DatabaseTest
class PoolPlanningCostTest {

    static final PoolPeriod YEAR = PoolPeriod.wholeYear(2096);

    @Autowired
    PoolPlanningService planning;
    @Autowired
    PoolTestData pool;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheFullYear() {
        new PoolManyRows(jdbc).removeAll();
        SignedIn.nobody();
    }

    @Test
    void the_planning_costs_the_same_statements_for_one_expert_and_for_fourteen_municipalities_of_forty_experts() {
        LocalDate day = LocalDate.of(2096, 12, 28);
        pool.today(day);
        PoolTestData.Expert expert = pool.expert(day);
        // in the first half, where no test counts totals: the second half of 2096 is the view tests'
        long deployment = pool.deployment("Venlo", expert, ExperienceTheme.VERSLAVING, 2, LocalDate.of(2096, 3, 5),
                LocalDate.of(2096, 3, 25));
        pool.worked(deployment, LocalDate.of(2096, 3, 5), "2", ExperienceTheme.VERSLAVING);
        Filter months = Filter.of(YEAR);
        Filter weeks = new Filter(YEAR, null, ExperienceTheme.VERSLAVING, null, YearMonth.of(2096, 3));

        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        List<String> few = StatementCounter.statementsOf(() -> planning.planning(months));
        List<String> fewWeeks = StatementCounter.statementsOf(() -> planning.planning(weeks));
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        List<String> fewContact = StatementCounter.statementsOf(() -> planning.planning(months));

        new PoolManyRows(jdbc).fullYear(2096, 40);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        List<String> many = StatementCounter.statementsOf(() -> planning.planning(months));
        List<String> manyWeeks = StatementCounter.statementsOf(() -> planning.planning(weeks));
        var full = planning.planning(months);
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        List<String> manyContact = StatementCounter.statementsOf(() -> planning.planning(months));

        assertThat(full.rows()).hasSizeGreaterThanOrEqualTo(41);
        assertThat(full.shares().totalHours()).isGreaterThanOrEqualTo(new java.math.BigDecimal("29122"));
        assertThat(many).hasSize(few.size());
        assertThat(manyWeeks).hasSize(fewWeeks.size());
        assertThat(manyContact).hasSize(fewContact.size());
        // the coordinator: hours per partner, the key and its shares, agreements, partners (shares); hours per partner
        // and the budget (budget); deployments, hours per expert and week, and the experts' names (hours). Without a
        // request around, the signed-in account is read anew each time; a view reads it once per request.
        assertThat(few).filteredOn(sql -> !sql.contains("portal_user")).hasSize(10);
        // a contact: the same, narrowed to their municipality, which each part looks up
        assertThat(fewContact).filteredOn(sql -> !sql.contains("portal_user")).hasSize(14);
    }
}
