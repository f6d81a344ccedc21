package nl.kwartiermaker.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.pool.PoolManyRows;
import nl.kwartiermaker.pool.PoolPeriod;
import nl.kwartiermaker.pool.PoolTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What opening the planning costs, and switching it to the whole year, at the end of 2096: with one expert deployed in
 * the 14 municipalities, and with 40 experts deployed in all of them with hours in every week of the year. The rows
 * are taken out again after the test.
 */
class PoolPlanningViewCostTest extends BrowserlessViewTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PoolTestData pool;

    @AfterEach
    void removeTheYear() {
        new PoolManyRows(jdbc).removeAll();
    }

    /** Opening the planning (this half-year), then choosing the whole year in it. */
    private List<List<String>> openAndChooseTheYear() {
        List<String> open = statementsToOpen("pool");
        PoolPlanningView view = (PoolPlanningView) getCurrentView();
        List<String> year = StatementCounter.statementsOf(() -> view.period.setValue(PoolPeriod.wholeYear(2096)));
        assertThat(view.shown.filter().period()).isEqualTo(PoolPeriod.wholeYear(2096));
        return List.of(open, year);
    }

    @Test
    void the_planning_opens_with_the_same_statements_for_one_expert_and_for_forty_in_fourteen_municipalities() {
        LocalDate day = LocalDate.of(2096, 12, 28);
        pool.today(day);
        PoolManyRows rows = new PoolManyRows(jdbc);
        rows.fullYear(2096, 1);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        List<List<String>> few = openAndChooseTheYear();
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        List<List<String>> fewContact = openAndChooseTheYear();

        rows.removeAll();
        rows.fullYear(2096, 40);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        List<List<String>> many = openAndChooseTheYear();
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        List<List<String>> manyContact = openAndChooseTheYear();

        PoolPlanningView view = (PoolPlanningView) getCurrentView();
        assertThat(view.shown.rows()).as("the contact sees the experts working in Venlo").hasSizeGreaterThanOrEqualTo(40);
        for (int i = 0; i < 2; i++) {
            assertThat(many.get(i)).hasSize(few.get(i).size());
            assertThat(manyContact.get(i)).hasSize(fewContact.get(i).size());
        }
        // the coordinator: the account (once per request), then the planning's reads (see PoolPlanningCostTest)
        assertThat(few.get(0)).hasSize(11);
        assertThat(few.get(1)).hasSize(10);
        assertThat(fewContact.get(0)).hasSize(15);
        assertThat(fewContact.get(1)).hasSize(14);
    }
}
