package nl.kwartiermaker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.security.AuditAction;
import nl.kwartiermaker.security.AuditEvent;
import nl.kwartiermaker.user.UserService;
import nl.kwartiermaker.ManyRows;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeManyRows() {
        new ManyRows(jdbc).removeAll();
    }

    @Autowired
    UserService users;

    @Test
    @SuppressWarnings("unchecked")
    void a_beheerder_sees_account_changes_with_actor_object_and_result_and_can_filter_them() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String email = "audit-" + UUID.randomUUID() + "@example.nl";
        var account = users.create(new UserService.NewUser(email, "Audit Persoon", EnumSet.of(Role.MEDEWERKER),
                "een geheim wachtwoord"));
        users.deactivate(account.id(), account.version());

        AuditView view = navigate(AuditView.class);
        Grid<AuditEvent> grid = $(Grid.class).single();
        var rows = test(grid).size();
        assertThat(rows).isPositive();
        var lines = grid.getLazyDataView().getItems().filter(e -> email.equals(e.getObject())).toList();
        assertThat(lines).extracting(AuditEvent::getAction)
                .contains(AuditAction.USER_CREATED, AuditAction.USER_DEACTIVATED);
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("beheerder@demo.nl");
            assertThat(e.getResult()).isEqualTo(AuditEvent.Result.SUCCESS);
            assertThat(String.valueOf(e.getDetail())).doesNotContain("geheim");
        });

        view.filterOn(EnumSet.of(AuditAction.USER_DEACTIVATED));
        assertThat(grid.getLazyDataView().getItems().map(AuditEvent::getAction).distinct().toList())
                .containsExactly(AuditAction.USER_DEACTIVATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readings_of_sensitive_data_have_translated_names_and_one_filter_finds_the_old_notes_lines_too() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String object = "begeleiding/" + UUID.randomUUID();
        for (String action : new String[] {"MENTORING_NOTES_READ", "SENSITIVE_DATA_READ"}) {
            jdbc.update("insert into audit_event (occurred_at, actor, action, object_ref, result, detail)"
                    + " values (current_timestamp, 'coordinator@demo.nl', ?, ?, 'SUCCESS', 'persoonlijke notities')",
                    action, object);
        }

        AuditView view = navigate(AuditView.class);
        MultiSelectComboBox<AuditAction> actions = $(MultiSelectComboBox.class).single();
        assertThat(actions.getItemLabelGenerator().apply(AuditAction.SENSITIVE_DATA_READ))
                .isEqualTo("Gevoelige gegevens geopend");
        assertThat(actions.getItemLabelGenerator().apply(AuditAction.EXPORT_DOWNLOADED))
                .isEqualTo("Export met persoonsgegevens gedownload");
        assertThat(actions.getItemLabelGenerator().apply(AuditAction.RETENTION_APPLIED))
                .isEqualTo("Oude gegevens opgeruimd (bewaartermijn)");
        assertThat(actions.getListDataView().getItems().toList()).as("the retired action is found through its successor")
                .contains(AuditAction.SENSITIVE_DATA_READ).doesNotContain(AuditAction.MENTORING_NOTES_READ);

        view.filterOn(EnumSet.of(AuditAction.SENSITIVE_DATA_READ));
        Grid<AuditEvent> grid = $(Grid.class).single();
        assertThat(grid.getLazyDataView().getItems().filter(e -> object.equals(e.getObject()))
                .map(AuditEvent::getAction).toList())
                .containsExactlyInAnyOrder(AuditAction.SENSITIVE_DATA_READ, AuditAction.MENTORING_NOTES_READ);
    }

    @Test
    void the_log_takes_the_same_statements_with_a_thousand_lines_more() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var few = statementsToOpen("beheer/audit");
        new ManyRows(jdbc).auditLines(1_000);
        var many = statementsToOpen("beheer/audit");
        // the grid's first page of lines (no count over the whole log)
        assertThat(few).hasSize(1);
        assertThat(many).hasSize(1);
    }
}
