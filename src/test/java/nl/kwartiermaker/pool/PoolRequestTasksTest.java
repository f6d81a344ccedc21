package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.kwartiermaker.PortalTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTaskList;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pool coordinator's task: the open requests, as one line with their number. */
@PortalTest
class PoolRequestTasksTest {

    @Autowired
    PoolRequestTasks tasks;
    @Autowired
    PersonalTaskList taskList;
    @Autowired
    PoolFixture pool;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    long open() {
        return jdbc.queryForObject("select count(*) from pool_request where status = 'OPEN'", Long.class);
    }

    @Test
    void the_pool_coordinator_is_asked_once_for_all_open_requests_with_their_number() {
        pool.today(LocalDate.of(2093, 2, 10));
        pool.request("Beesel", ExperienceTheme.MANTELZORG, PoolRole.TRAINER, PoolFixture.place(),
                LocalDate.of(2093, 3, 2), LocalDate.of(2093, 4, 26), 8);

        assertThat(taskList.mine()).filteredOn(t -> t.messageKey().startsWith("pool.requests.")).singleElement()
                .satisfies(task -> {
                    assertThat(task.messageKey()).isEqualTo("pool.requests.task.open");
                    assertThat(task.params()).containsExactly(open());
                    assertThat(task.link()).isEqualTo("pool/verzoeken");
                    assertThat(task.urgent()).isTrue();
                });
    }

    @Test
    void anyone_else_is_asked_nothing_and_costs_no_statement() {
        PoolFixture.asVenloContact();
        assertThat(StatementCounter.statementsOf(() -> assertThat(tasks.mine()).isEmpty())).isEmpty();
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(StatementCounter.statementsOf(() -> assertThat(tasks.mine()).isEmpty())).isEmpty();
        assertThat(taskList.mine()).extracting(PersonalTask::messageKey).noneMatch(k -> k.startsWith("pool."));
    }
}
