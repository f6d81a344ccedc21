package nl.kwartiermaker.pool.ui;

import static nl.kwartiermaker.mentoring.ExperienceTheme.MANTELZORG;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static nl.kwartiermaker.roledescription.CoreTask.INDIVIDUAL_RECOVERY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.pool.DeploymentRequest;
import nl.kwartiermaker.pool.PoolAssignmentService;
import nl.kwartiermaker.pool.PoolExpert;
import nl.kwartiermaker.pool.PoolFixture;
import nl.kwartiermaker.pool.PoolRole;
import nl.kwartiermaker.pool.RequestLine;
import nl.kwartiermaker.pool.RequestStatus;
import nl.kwartiermaker.pool.TrainingLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The request list and a request's page, as the Venlo contact and as the pool coordinator. */
class PoolRequestViewsTest extends BrowserlessViewTest {

    static final LocalDate FROM = LocalDate.of(2093, 3, 2);
    static final LocalDate UNTIL = LocalDate.of(2093, 6, 28);

    @Autowired
    PoolFixture pool;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PoolAssignmentService assignments;

    @BeforeEach
    void inTheTestYears() {
        pool.today(LocalDate.of(2093, 2, 10));
    }

    List<RequestLine> rows(RequestListView list) {
        return IntStream.range(0, test(list.grid).size()).mapToObj(i -> test(list.grid).getRow(i)).toList();
    }

    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** Fills in the request dialog as a contact does, and files it. */
    void file(RequestDialog dialog, PoolRole role, String place) {
        dialog.theme.setValue(VERSLAVING);
        dialog.role.setValue(role);
        dialog.place.setValue(place);
        dialog.expectedHours.setValue(24);
        dialog.startsOn.setValue(FROM);
        dialog.endsOn.setValue(UNTIL);
        click(dialog.save);
    }

    RequestView open(DeploymentRequest request) {
        return navigate("pool/verzoeken/" + request.getId(), RequestView.class);
    }

    @Test
    void a_contact_lists_only_their_municipalitys_requests_open_ones_first_and_files_a_new_one() {
        PoolFixture.asVenloContact();
        RequestListView list = navigate(RequestListView.class);

        assertThat(rows(list)).isNotEmpty().extracting(RequestLine::partnerName).containsOnly("Venlo");
        assertThat(rows(list).getFirst().status()).isEqualTo(RequestStatus.OPEN);
        assertThat(list.grid.getColumns().get(1).isVisible()).as("no municipality column for one municipality")
                .isFalse();
        assertThat(list.partner.isAttached()).isFalse();

        click(list.create);
        RequestDialog dialog = $(RequestDialog.class).single();
        assertThat(dialog.partner.getValue().getName()).isEqualTo("Venlo");
        assertThat(dialog.partner.isReadOnly()).isTrue();
        assertThat(dialog.description.getHelperText()).contains("Noem geen namen");
        file(dialog, PoolRole.TRAINER, "Tegelen");

        RequestView page = (RequestView) getCurrentView();
        assertThat($(H1.class).first().getText()).isEqualTo("Trainer in Tegelen");
        assertThat(page.withdraw).isNotNull();
        assertThat(page.suggestions).as("choosing an expert is the coordinator's").isNull();
        assertThat(pageText()).contains("Nog niemand ingezet. De poolcoördinator zoekt een expert.");
    }

    @Test
    void a_refused_request_keeps_the_dialog_open_with_what_was_typed() {
        PoolFixture.asVenloContact();
        RequestListView list = navigate(RequestListView.class);
        click(list.create);
        RequestDialog dialog = $(RequestDialog.class).single();
        dialog.place.setValue("Tegelen");

        click(dialog.save);

        assertThat(notificationTexts()).contains("Kies een thema.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.place.getValue()).isEqualTo("Tegelen");
    }

    @Test
    void the_coordinator_filters_by_municipality_and_status() {
        DeploymentRequest open = pool.request("Gennep", VERSLAVING, PoolRole.ONE_ON_ONE, PoolFixture.place(), FROM,
                UNTIL, 40);
        RequestListView list = navigate(RequestListView.class);
        assertThat(list.grid.getColumns().get(1).isVisible()).isTrue();

        list.partner.setValue(list.partner.getListDataView().getItems().filter(p -> p.getName().equals("Gennep"))
                .findFirst().orElseThrow());
        assertThat(rows(list)).extracting(RequestLine::partnerName).containsOnly("Gennep");
        assertThat(rows(list)).extracting(RequestLine::id).contains(open.getId());
        list.status.setValue(RequestStatus.CLOSED);
        assertThat(rows(list)).extracting(RequestLine::id).doesNotContain(open.getId());
        assertThat(list.grid.getEmptyStateText()).isEqualTo("Geen verzoeken met deze keuze. Kies Alle om alles te zien.");
    }

    @Test
    void the_coordinator_deploys_someone_other_than_the_first_with_a_reason_records_a_week_and_corrects_it() {
        String place = PoolFixture.place();
        PoolExpert best = pool.expert("Beste", place, "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 16,
                EnumSet.of(VERSLAVING));
        PoolExpert other = pool.expert("Ander", place, "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 16,
                EnumSet.of(MANTELZORG));
        DeploymentRequest request = pool.request("Maasgouw", VERSLAVING, PoolRole.ONE_ON_ONE, place, FROM, UNTIL, 64);
        RequestView page = open(request);
        assertThat($(H3.class).from(page.suggestions).all()).extracting(H3::getText).first().asString()
                .startsWith("Beste");

        Button someoneElse = $(Button.class).from(page.suggestions).all().stream()
                .filter(b -> b.getText().equals("Iemand anders kiezen")).findFirst().orElseThrow();
        click(someoneElse);
        AssignDialog dialog = $(AssignDialog.class).single();
        dialog.expert.setValue(dialog.expert.getListDataView().getItems().filter(s -> s.expertId() == other.getId())
                .findFirst().orElseThrow());
        assertThat(dialog.reason.isVisible()).isTrue();
        assertThat(dialog.hoursPerWeek.getValue()).as("64 hours over 17 weeks").isEqualTo(4);
        click(dialog.save);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Je kiest iemand anders dan de eerste suggestie"));
        assertThat(dialog.isOpened()).isTrue();
        dialog.reason.setValue("Kent de inloop al.");
        click(dialog.save);

        assertThat(pageText()).contains("Gekozen boven de eerste suggestie: Kent de inloop al.", "4 uur per week");
        pool.today(LocalDate.of(2093, 3, 20));
        page = open(request);
        Button record = $(Button.class).from(page).all().stream().filter(b -> b.getText().equals("Uren schrijven"))
                .findFirst().orElseThrow();
        click(record);
        HoursDialog hours = $(HoursDialog.class).single();
        assertThat(hours.week.getValue()).as("last week").isEqualTo(LocalDate.of(2093, 3, 9));
        assertThat(hours.theme.getValue()).isEqualTo(VERSLAVING);
        hours.worked.setValue(new BigDecimal("3.5"));
        hours.residents.setValue(2);
        click(hours.save);
        assertThat(pageText()).contains("Gerealiseerd: 3,5 uur en 2 inwoners bereikt, in 1 week.", "week 11");

        click($(Button.class).from((RequestView) getCurrentView()).all().stream()
                .filter(b -> b.getText().equals("Uren schrijven")).findFirst().orElseThrow());
        HoursDialog again = $(HoursDialog.class).all().stream().filter(HoursDialog::isOpened).findFirst()
                .orElseThrow();
        again.week.setValue(LocalDate.of(2093, 3, 9));
        assertThat(again.worked.getValue()).isEqualByComparingTo("3.5");
        assertThat(again.correcting.isVisible()).isTrue();
        again.worked.setValue(new BigDecimal("4"));
        click(again.save);
        assertThat(pageText()).contains("Gerealiseerd: 4 uur en 2 inwoners bereikt, in 1 week.");
    }

    @Test
    void a_contact_reads_a_deployment_without_the_coordinators_actions_and_another_municipalitys_request_is_not_found() {
        long venloAssigned = jdbc.queryForObject("select min(r.id) from pool_request r join pool_partner p"
                + " on p.id = r.partner_id where p.name = 'Venlo' and r.status = 'ASSIGNED'", Long.class);
        long weert = jdbc.queryForObject("select min(r.id) from pool_request r join pool_partner p"
                + " on p.id = r.partner_id where p.name = 'Weert'", Long.class);
        PoolFixture.asVenloContact();

        RequestView page = navigate("pool/verzoeken/" + venloAssigned, RequestView.class);
        assertThat(pageText()).contains("Anouk Peeters", "Gerealiseerd:", "Laatste weken van Anouk Peeters");
        assertThat($(Button.class).from(page).all()).extracting(Button::getText)
                .doesNotContain("Uren schrijven", "Inzet beëindigen", "Inzetten");
        assertThat(page.withdraw).as("an assigned request is no longer withdrawn").isNull();
        assertThat($(Details.class).from(page).all()).extracting(Details::getSummaryText)
                .allMatch(s -> s.startsWith("Eerdere weken"));

        navigate("pool/verzoeken/" + weert, RequestView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Verzoek niet gevonden");
        assertThat(pageText()).doesNotContain("Weert");
    }

    @Test
    void a_contact_withdraws_an_open_request_after_confirming() {
        PoolFixture.asVenloContact();
        RequestListView list = navigate(RequestListView.class);
        click(list.create);
        file($(RequestDialog.class).single(), PoolRole.CONVERSATION_PARTNER, "Arcen");
        RequestView page = (RequestView) getCurrentView();

        click(page.withdraw);
        ConfirmDialog confirm = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow();
        test(confirm).confirm();

        assertThat(pageText()).contains("Ingetrokken");
        assertThat(((RequestView) getCurrentView()).withdraw).isNull();
    }

    @Test
    void the_list_costs_the_same_statements_for_ten_and_for_two_thousand_requests() {
        PoolFixture.asCoordinator();
        long partner = pool.partner("Roerdalen");
        try {
            insertRequests(partner, 10);
            var ten = statementsToOpen("pool/verzoeken");
            insertRequests(partner, 1_990);
            var many = statementsToOpen("pool/verzoeken");
            // the person (once per request), the partners for the filter and the form, the requests' count and the
            // first page of them with their municipality's name
            assertThat(many).hasSameSizeAs(ten);
            assertThat(ten).hasSize(4);
        } finally {
            jdbc.update("delete from pool_request where description = 'many-rows'");
        }
    }

    @Test
    void a_request_page_costs_the_same_statements_with_two_years_of_weeks_as_with_none() {
        String place = PoolFixture.place();
        PoolExpert expert = pool.expert("Nul weken", place, "", TrainingLevel.MBO, EnumSet.of(INDIVIDUAL_RECOVERY), 8,
                EnumSet.of(VERSLAVING));
        DeploymentRequest fresh = pool.request("Bergen", VERSLAVING, PoolRole.ONE_ON_ONE, place, FROM, UNTIL, 40);
        assignments.assign(fresh.getId(), new PoolAssignmentService.Assignment(expert.getId(), 4, FROM, UNTIL, ""));
        long venloAssigned = jdbc.queryForObject("select min(r.id) from pool_request r join pool_partner p"
                + " on p.id = r.partner_id where p.name = 'Venlo' and r.status = 'ASSIGNED'", Long.class);

        var none = statementsToOpen("pool/verzoeken/" + fresh.getId());
        var years = statementsToOpen("pool/verzoeken/" + venloAssigned);

        // the person (once per request), the request, its deployments, their weeks, the experts and their names, the
        // municipality; the suggestions for another expert are folded until asked for
        assertThat(years).hasSameSizeAs(none).hasSize(7);
    }

    private void insertRequests(long partner, int count) {
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        jdbc.batchUpdate("insert into pool_request (partner_id, theme, pool_role, place, expected_hours, starts_on,"
                + " ends_on, description, status, requested_by_id, version, created_at, created_by, modified_at,"
                + " modified_by) values (?, 'VERSLAVING', 'TRAINER', ?, 10, ?, ?, 'many-rows', 'CLOSED', 1, 0, ?,"
                + " 'test', ?, 'test')", IntStream.range(0, count).mapToObj(n -> new Object[] {partner, "Plek " + n,
                Date.valueOf(FROM), Date.valueOf(UNTIL), now, now}).toList());
    }
}
