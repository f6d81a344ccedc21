package nl.kwartiermaker.pool.ui;

import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.BudgetForm;
import nl.kwartiermaker.pool.BudgetUnit;
import nl.kwartiermaker.pool.DistributionKeyService;
import nl.kwartiermaker.pool.InventoryForm;
import nl.kwartiermaker.pool.NeedsService;
import nl.kwartiermaker.pool.PoolBudget;
import nl.kwartiermaker.pool.PoolPartner;
import nl.kwartiermaker.pool.PoolRole;
import nl.kwartiermaker.pool.PoolSetupFixture;
import nl.kwartiermaker.pool.SubAssignment;
import nl.kwartiermaker.pool.SubAssignmentForm;
import nl.kwartiermaker.pool.SubAssignmentService;
import nl.kwartiermaker.pool.SubAssignmentStatus;
import nl.kwartiermaker.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pool's set-up pages as the coordinator and a municipality's contact use them. */
class PoolSetupViewsTest extends BrowserlessViewTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    PoolSetupFixture fixture;
    @Autowired
    DistributionKeyService keys;
    @Autowired
    SubAssignmentService subAssignments;
    @Autowired
    NeedsService needs;
    @Autowired
    JdbcTemplate jdbc;

    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    <T extends Dialog> T openDialog(Class<T> type) {
        return $(type).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
    }

    boolean hasButton(String text) {
        return $(Button.class).all().stream().anyMatch(b -> text.equals(b.getText()) && b.isVisible());
    }

    SubAssignment sub(Long partnerId, String title) {
        return subAssignments.create(new SubAssignmentForm(partnerId, title, "Inwoners bereiken",
                "Aantal bezoekers", "Maandelijks", "Halfjaarlijkse rapportage", LocalDate.of(2091, 4, 1),
                LocalDate.of(2092, 3, 31), 200, SubAssignmentStatus.RUNNING));
    }

    @Test
    void the_coordinator_sees_each_municipalitys_share_and_hours_and_a_key_that_is_off_shows_and_is_refused() {
        fixture.in2091();
        fixture.asCoordinator();
        keys.saveBudget(new BudgetForm(2091, new BigDecimal("6"), BudgetUnit.FTE, new BigDecimal("36")),
                keys.budgets().stream().filter(b -> b.getYear() == 2091).findFirst().map(PoolBudget::getVersion)
                        .orElse(null));
        PartnersView view = navigate(PartnersView.class);
        assertThat(view.grid.getListDataView().getItems().map(l -> l.partner().getName()).toList())
                .contains("Beesel", "Venlo", "Weert");
        assertThat(pageText()).contains("Budget 2091: 6 fte van 36 uur per week, samen 9.936 uur.")
                .contains("telt op tot 100,00 %");

        click(view.newKey);
        KeyDialog dialog = openDialog(KeyDialog.class);
        assertThat(dialog.total.getText()).isEqualTo("Totaal: 100,00 %. Dat klopt.");
        long venlo = fixture.demoPartner("Venlo");
        dialog.percentages.get(venlo).setValue(new BigDecimal("28.00"));
        assertThat(dialog.total.getText()).isEqualTo("Totaal: 99,53 %. Er is nog 0,47 % te verdelen.");
        dialog.validFrom.setValue(LocalDate.of(2101, 1, 1));
        click(dialog.save);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("De percentages tellen op tot 99,53 %. Dat is "
                + "0,47 % te weinig"));
        assertThat(dialog.isOpened()).as("what was typed stays").isTrue();

        dialog.percentages.get(venlo).setValue(new BigDecimal("29.00"));
        assertThat(dialog.total.getText()).isEqualTo("Totaal: 100,53 %. Dat is 0,53 % te veel.");
        dialog.percentages.get(fixture.demoPartner("Weert")).setValue(new BigDecimal("13.28"));
        click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("De nieuwe verdeelsleutel geldt vanaf 1 januari 2101.");
        assertThat(keys.keyOn(LocalDate.of(2101, 1, 1)).orElseThrow().percentageOf(venlo))
                .isEqualByComparingTo("29.00");
        assertThat(keys.keyOn(LocalDate.of(2100, 12, 31)).orElseThrow().getValidFrom()).isBefore(
                LocalDate.of(2101, 1, 1));
    }

    @Test
    void a_contact_is_taken_to_their_own_municipality_and_another_one_reads_as_not_found() {
        SignedIn.as(PoolSetupFixture.VENLO_CONTACT, Role.PARTNER_CONTACT);
        navigate("pool/gemeenten", PartnerView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Venlo");
        assertThat(pageText()).contains("Inclusiehuis").contains("28,47 %");
        assertThat(hasButton("Startbijeenkomst vastleggen")).isFalse();
        assertThat(hasButton("Naam wijzigen")).isFalse();

        navigate("pool/gemeenten/" + fixture.demoPartner("Weert"), PartnerView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Gemeente niet gevonden");
        assertThat(pageText()).doesNotContain("Weert");
        navigate("pool/gemeenten/999999999", PartnerView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Gemeente niet gevonden");
    }

    @Test
    void a_contact_not_linked_to_a_municipality_is_told_whom_to_ask() {
        fixture.as(fixture.contact(null));
        navigate(PartnersView.class);
        assertThat(pageText()).contains("Je account is nog niet gekoppeld aan een gemeente.");
    }

    @Test
    void the_coordinator_records_a_kick_off_and_links_a_contact_who_then_reads_it() {
        fixture.in2091();
        fixture.asCoordinator();
        PoolPartner partner = fixture.partner();
        UserAccount contact = fixture.contact(null);
        fixture.asCoordinator();
        PartnerView view = navigate("pool/gemeenten/" + partner.getId(), PartnerView.class);
        assertThat(pageText()).contains("Er is nog geen startbijeenkomst vastgelegd.")
                .contains("Nog niemand spreekt voor " + partner.getName());

        click(view.addInventory);
        InventoryDialog kickOff = openDialog(InventoryDialog.class);
        kickOff.metOn.setValue(LocalDate.of(2091, 2, 1));
        kickOff.participants.setValue("Beleidsadviseur, wijkteam, huisarts");
        kickOff.roles.setValue(Set.of(PoolRole.ONE_ON_ONE, PoolRole.LOCAL_INITIATOR));
        kickOff.themes.setValue(Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE));
        kickOff.notes.setValue("Een vrije inloop in het buurthuis.");
        click(kickOff.save);
        assertThat(pageText()).contains("Startbijeenkomst van 1 februari 2091")
                .contains("1-op-1 contact met inwoners").contains("Een vrije inloop in het buurthuis.");

        click(view.linkContact);
        ContactDialog link = openDialog(ContactDialog.class);
        link.person.setValue(link.person.getListDataView().getItems().filter(p -> p.id() == contact.id())
                .findFirst().orElseThrow());
        click(link.save);
        assertThat(pageText()).contains(contact.displayName());

        fixture.as(contact);
        navigate("pool/gemeenten", PartnerView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(partner.getName());
        assertThat(pageText()).contains("Een vrije inloop in het buurthuis.");
        assertThat(hasButton("Bewerken")).isFalse();

        fixture.asCoordinator();
        navigate("pool/gemeenten/" + partner.getId(), PartnerView.class);
        click($(Button.class).all().stream().filter(b -> "Ontkoppelen".equals(b.getText())).findFirst()
                .orElseThrow());
        ConfirmDialog confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .findFirst().orElseThrow();
        test(confirmation).confirm();
        assertThat(pageText()).doesNotContain(contact.displayName());
    }

    @Test
    void the_regional_overview_shows_needs_side_by_side_what_to_do_next_and_takes_a_regional_activity() {
        fixture.in2091();
        fixture.asCoordinator();
        PoolPartner waiting = fixture.partner();
        NeedsOverviewView view = navigate(NeedsOverviewView.class);
        assertThat(pageText()).contains("Venlo").contains("Laatste startbijeenkomst")
                .contains("Nog geen startbijeenkomst").contains(waiting.getName())
                .contains("Plan met elk van deze gemeenten een startbijeenkomst")
                .contains("Regionaal PSY-café");

        click(view.addActivity);
        ActivityDialog dialog = openDialog(ActivityDialog.class);
        dialog.title.setValue("Herstelcursus 2091");
        dialog.startsOn.setValue(LocalDate.of(2091, 5, 1));
        click(dialog.save);
        assertThat(pageText()).contains("Herstelcursus 2091").contains("Vanaf 1 mei 2091");
    }

    @Test
    void a_contact_lists_their_own_and_the_regional_sub_assignments_and_reads_them_without_writing() {
        fixture.in2091();
        fixture.asCoordinator();
        PoolPartner own = fixture.partner();
        PoolPartner other = fixture.partner();
        SubAssignment mine = sub(own.getId(), "Inloop " + own.getName());
        SubAssignment theirs = sub(other.getId(), "Training " + other.getName());
        SubAssignment regional = sub(null, "Regionaal café " + own.getName());
        UserAccount contact = fixture.contact(own.getId());

        fixture.as(contact);
        SubAssignmentsView list = navigate(SubAssignmentsView.class);
        List<Long> shown = list.grid.getLazyDataView().getItems().map(l -> l.subAssignment().getId()).toList();
        assertThat(shown).contains(mine.getId(), regional.getId()).doesNotContain(theirs.getId());
        assertThat(list.forWhom.getListDataView().getItems().map(Scope::label).toList())
                .containsExactly("Alle", "Regionaal", own.getName());
        list.forWhom.setValue(list.forWhom.getListDataView().getItems().filter(Scope::regional).findFirst()
                .orElseThrow());
        assertThat(list.grid.getLazyDataView().getItems().map(l -> l.subAssignment().getId()).toList())
                .contains(regional.getId()).doesNotContain(mine.getId());
        assertThat(hasButton("Nieuwe deelopdracht")).isFalse();

        navigate("pool/deelopdrachten/" + mine.getId(), SubAssignmentView.class);
        assertThat(pageText()).contains("Inwoners bereiken").contains("Aantal bezoekers")
                .contains("Maandelijks").contains("Halfjaarlijkse rapportage");
        assertThat(hasButton("Regel toevoegen")).isFalse();
        navigate("pool/deelopdrachten/" + theirs.getId(), SubAssignmentView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Deelopdracht niet gevonden");
    }

    @Test
    void the_coordinator_adds_progress_lines_that_stay_as_written_and_changes_the_status() {
        fixture.in2091();
        fixture.asCoordinator();
        SubAssignment sub = sub(fixture.partner().getId(), "Zelfregiegroep");
        SubAssignmentView view = navigate("pool/deelopdrachten/" + sub.getId(), SubAssignmentView.class);
        assertThat(pageText()).contains("Er is nog geen voortgang geschreven.");
        view.note.setValue("Eerste bijeenkomst: 7 deelnemers.");
        click(view.addLine);
        view.note.setValue("Tweede bijeenkomst: 9 deelnemers.");
        click(view.addLine);
        String text = pageText();
        assertThat(text.indexOf("Tweede bijeenkomst: 9 deelnemers.")).as("newest first")
                .isLessThan(text.indexOf("Eerste bijeenkomst: 7 deelnemers."));
        assertThat(view.note.getValue()).isEmpty();

        click(view.edit);
        SubAssignmentDialog dialog = openDialog(SubAssignmentDialog.class);
        dialog.status.setValue(SubAssignmentStatus.FINISHED);
        click(dialog.save);
        assertThat(pageText()).contains("Afgerond").contains("Eerste bijeenkomst: 7 deelnemers.");
    }

    @Test
    void the_coordinator_adds_a_regional_sub_assignment_from_the_list_and_lands_on_its_page() {
        fixture.in2091();
        fixture.asCoordinator();
        navigate(SubAssignmentsView.class);
        click($(Button.class).all().stream().filter(b -> "Nieuwe deelopdracht".equals(b.getText())).findFirst()
                .orElseThrow());
        SubAssignmentDialog dialog = openDialog(SubAssignmentDialog.class);
        dialog.forWhom.setValue(dialog.forWhom.getListDataView().getItems().filter(Scope::regional).findFirst()
                .orElseThrow());
        dialog.title.setValue("Herstelacademie 2091");
        click(dialog.save);
        assertThat(notificationTexts()).contains("Schrijf op wat de doelen van de deelopdracht zijn.");
        dialog.goals.setValue("Cursussen herstel voor inwoners van alle gemeenten");
        dialog.startsOn.setValue(LocalDate.of(2091, 9, 1));
        dialog.endsOn.setValue(LocalDate.of(2092, 6, 30));
        dialog.hours.setValue(120);
        click(dialog.save);
        assertThat(getCurrentView()).isInstanceOf(SubAssignmentView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Herstelacademie 2091");
        assertThat(pageText()).contains("Deelopdracht voor de hele regio");
    }

    @Test
    void the_set_up_pages_cost_the_same_statements_with_more_municipalities_meetings_and_progress_lines() {
        fixture.in2091();
        fixture.asCoordinator();
        PoolPartner partner = fixture.partner();
        SubAssignment sub = sub(partner.getId(), "Telling");
        subAssignments.addProgress(sub.getId(), "Eerste regel");
        fixture.contact(partner.getId());
        fixture.asCoordinator();
        List<String> routes = List.of("pool/gemeenten", "pool/behoeften", "pool/gemeenten/" + partner.getId(),
                "pool/deelopdrachten/" + sub.getId());
        List<Integer> few = routes.stream().map(r -> statementsToOpen(r).size()).toList();
        for (int i = 0; i < 3; i++) {
            fixture.contact(partner.getId());
            fixture.partner();
            fixture.asCoordinator();
            needs.addInventory(partner.getId(), new InventoryForm(LocalDate.of(2091, 1, 1 + i), "Wijkteam",
                    Set.of(ExperienceTheme.VERSLAVING), Set.of(PoolRole.TRAINER), ""));
            sub(partner.getId(), "Telling " + i);
            subAssignments.addProgress(sub.getId(), "Regel " + i);
        }
        assertThat(routes.stream().map(r -> statementsToOpen(r).size()).toList()).isEqualTo(few);
        // the list: the contacts and their names, the partners, the key in force and its shares, the budget (the
        // coordinator's role is checked once, without a statement); the overview: the inventories, the partners, the
        // activities; a municipality's page: the
        // person, the municipality, its contacts and their names, the key and its shares, the budget, the
        // inventories, the sub-assignments; a sub-assignment: the person, it, its log, the authors, its municipality
        assertThat(few).containsExactly(6, 3, 9, 5);
    }

    @Test
    void the_sub_assignment_list_reads_one_page_for_10_and_for_2000_sub_assignments() {
        fixture.in2091();
        fixture.asCoordinator();
        try {
            manySubAssignments(10);
            var ten = statementsToOpen("pool/deelopdrachten");
            manySubAssignments(1990);
            assertThat(statementsToOpen("pool/deelopdrachten")).hasSize(ten.size());
            // the person, the municipalities to filter by, one page with its municipalities' names
            assertThat(ten).hasSize(3);
            assertThat(rowsToOpen("pool/deelopdrachten")).as("a page and its municipalities, not every row")
                    .isLessThan(200);
        } finally {
            jdbc.update("delete from pool_sub_assignment where title like 'many-rows-sub-%'");
        }
    }

    /** Regional sub-assignments straight through SQL, marked so that the test takes them out again. */
    void manySubAssignments(int count) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into pool_sub_assignment (partner_id, title, goals, monitoring, frequency, accounting,"
                + " starts_on, ends_on, hours, status, version, created_at, created_by, modified_at, modified_by)"
                + " values (null, ?, 'Doel', '', '', '', ?, ?, 10, 'RUNNING', 0, ?, 'test', ?, 'test')",
                IntStream.range(0, count).mapToObj(n -> new Object[] {"many-rows-sub-" + UUID.randomUUID(),
                        Date.valueOf(LocalDate.of(2092, 1, 1)), Date.valueOf(LocalDate.of(2092, 12, 31)), now, now})
                        .toList());
    }
}
