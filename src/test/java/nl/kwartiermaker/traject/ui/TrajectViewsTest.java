package nl.kwartiermaker.traject.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.ManyRows;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.ChecklistItem;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.ItemChange;
import nl.kwartiermaker.traject.ItemStatus;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TrajectViewsTest extends BrowserlessViewTest {

    @Autowired
    TrajectService trajecten;
    @Autowired
    UserService users;

    UserAccount lead;
    UserAccount member;

    @BeforeEach
    void accounts() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        lead = TestAccounts.withRole(users, Role.PROJECTLEIDER);
        member = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(lead);
    }

    Traject traject() {
        return trajecten.create(new TrajectForm("Wijkteam " + UUID.randomUUID().toString().substring(0, 6), "Team West",
                StartingPoint.VERANDERING, "", EnumSet.of(Domain.HULPVERLENING), EnumSet.of(ExpertRole.ONDERSTEUNER),
                lead.id(), LocalDate.now(), true, "West", 1, "", "", false,
                Set.of(member.id())));
    }

    @Test
    void a_project_lead_creates_a_traject_in_the_dialog_and_lands_on_its_page() {
        TrajectListView list = navigate(TrajectListView.class);
        test($(Button.class).all().stream().filter(b -> "Nieuw traject".equals(b.getText())).findFirst()
                .orElseThrow()).click();
        TrajectDialog dialog = $(TrajectDialog.class).single();
        test(dialog.save).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Geef het traject een naam"));
        assertThat(dialog.isOpened()).isTrue();

        String name = "Pilot " + UUID.randomUUID().toString().substring(0, 6);
        test(dialog.name).setValue(name);
        test(dialog.unit).setValue("Team Oost");
        dialog.startingPoint.setValue(StartingPoint.DROOM);
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(TrajectDetailView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(name);
        assertThat(list).isNotNull();
    }

    @Test
    void the_page_shows_the_stage_bar_warnings_and_every_stage_checklist() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        OrderedList bar = $(OrderedList.class).withClassName("stage-bar").single();
        assertThat(bar.getChildren().map(c -> c.getElement().getAttribute("aria-current")).toList())
                .containsExactly("step", null, null, null, null);
        assertThat($(ListItem.class).all()).extracting(i -> i.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("één ervaringsdeskundige"))
                .anyMatch(t -> t.contains("geen leidinggevende"));
        assertThat($(com.vaadin.flow.component.details.Details.class).withClassName("checklist").all()).hasSize(4);
    }

    private ChecklistItem firstStepOf(Traject traject, Stage stage) {
        return trajecten.view(traject.getId()).items().stream().filter(i -> i.getStage() == stage).findFirst()
                .orElseThrow();
    }

    @Test
    void a_later_stage_shows_its_steps_when_opened() {
        Traject traject = traject();
        ChecklistItem later = firstStepOf(traject, Stage.FASE_2);
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        Details fase2 = $(Details.class).withClassName("checklist").all().get(2);
        assertThat(fase2.isOpened()).isFalse();
        assertThat(fase2.getElement().getTextRecursively()).doesNotContain(later.getTitle());

        fase2.setOpened(true);
        assertThat(fase2.getElement().getTextRecursively()).contains(later.getTitle());
        fase2.setOpened(false);
        fase2.setOpened(true);
        assertThat($(Span.class).withClassName("item-title").all().stream()
                .filter(s -> s.getText().equals(later.getTitle()))).as("built once").hasSize(1);
    }

    @Test
    void a_member_completes_their_own_item_in_the_item_dialog() {
        Traject traject = traject();
        ChecklistItem item = firstStepOf(traject, Stage.VERKENNING);
        trajecten.updateItem(item.getId(), item.getVersion(),
                new ItemChange(ItemStatus.OPEN, "", member.id(), null, "", List.of()));
        TestAccounts.signInAs(member);
        TrajectDetailView view = navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        Button edit = $(Button.class).all().stream().filter(b -> "Bewerken".equals(b.getText())).findFirst()
                .orElseThrow();
        test(edit).click();
        ItemDialog dialog = $(ItemDialog.class).single();
        assertThat(dialog.owner.isReadOnly()).as("members do not reassign").isTrue();
        dialog.status.setValue(ItemStatus.NVT);
        test(dialog.save).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Schrijf op waarom"));

        test(dialog.reason).setValue("Al geregeld bij de start");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        ChecklistItem saved = trajecten.view(traject.getId()).items().stream()
                .filter(i -> i.getId().equals(item.getId())).findFirst().orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(ItemStatus.NVT);
        assertThat(saved.getNotApplicableReason()).isEqualTo("Al geregeld bij de start");
        assertThat(view).isNotNull();
    }

    @Test
    void the_due_date_picker_offers_the_services_range_and_a_date_past_it_is_refused_at_the_field() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        test($(Button.class).all().stream().filter(b -> "Bewerken".equals(b.getText())
                && b.getAriaLabel().orElse("").contains("\"")).findFirst().orElseThrow()).click();
        ItemDialog dialog = $(ItemDialog.class).single();
        var dates = trajecten.view(traject.getId()).dates();
        assertThat(dialog.due.getMin()).isEqualTo(dates.earliest());
        assertThat(dialog.due.getMax()).isEqualTo(dates.latest());

        // as a request that ignores the picker's max would set it
        dialog.due.setValue(LocalDate.of(9999, 12, 31));
        test(dialog.save).click();
        String message = "Kies bij ‘Klaar op’ een datum van 1 januari " + dates.firstYear()
                + " tot en met 31 december " + dates.lastYear() + ".";
        assertThat(notificationTexts()).contains(message);
        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo(message);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(trajecten.view(traject.getId()).items()).allSatisfy(i -> assertThat(i.getDueDate()).isNull());
    }

    @Test
    void editing_an_item_that_someone_else_just_saved_reports_the_conflict() {
        Traject traject = traject();
        navigate("trajecten/" + traject.getId(), TrajectDetailView.class);
        test($(Button.class).all().stream().filter(b -> "Bewerken".equals(b.getText())
                && b.getAriaLabel().orElse("").contains("\"")).findFirst().orElseThrow()).click();
        ItemDialog dialog = $(ItemDialog.class).single();
        ChecklistItem current = trajecten.view(traject.getId()).items().stream()
                .filter(i -> i.getTitle().equals(dialog.getHeaderTitle())).findFirst().orElseThrow();
        trajecten.updateItem(current.getId(), current.getVersion(),
                new ItemChange(ItemStatus.BEZIG, "", null, null, "Collega", List.of()));

        test(dialog.notes).setValue("Ik");
        test(dialog.save).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Iemand anders heeft deze stap"));
        assertThat(trajecten.view(traject.getId()).items().stream().filter(i -> i.getId().equals(current.getId()))
                .findFirst().orElseThrow().getNotes()).isEqualTo("Collega");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_traject_list_and_page_cost_the_same_statements_for_70_and_for_500_checklist_items() {
        Traject traject = traject();
        TestAccounts.signInAs(member);
        var pageFew = statementsToOpen("trajecten/" + traject.getId());
        var listFew = statementsToOpen("trajecten");
        try {
            new ManyRows(jdbc).checklistItems(traject.getId(), member.id(), 430);
            var pageMany = statementsToOpen("trajecten/" + traject.getId());
            var listMany = statementsToOpen("trajecten");
            assertThat(pageMany).hasSize(pageFew.size());
            assertThat(listMany).hasSize(listFew.size());
            // the person (once per request), the traject with its collections, the checklist, the decision advice,
            // the linked role descriptions and the names
            assertThat(pageFew).hasSize(6);
            // the person, the people for the lead filter, the trajecten, their three collections, the counts and the
            // leads' names
            assertThat(listFew).hasSize(8);
        } finally {
            new ManyRows(jdbc).removeAll();
        }
    }

    @Test
    void someone_outside_a_closed_traject_gets_the_not_found_page() {
        Traject traject = traject();
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.MENTOR));
        UI.getCurrent().navigate("trajecten/" + traject.getId());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }
}
