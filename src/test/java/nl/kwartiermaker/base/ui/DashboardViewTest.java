package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.ManyRows;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PersonalTaskList;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundForm;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanRound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PersonalTaskList taskList;

    @AfterEach
    void removeManyRows() {
        new ManyRows(jdbc).removeAll();
    }

    @Test
    void staff_see_the_knowledge_card_and_only_their_menu_items() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Kwartiermaken, stap voor stap");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overzicht", "Trajecten", "Functieprofielen", "Verhalen", "Kennisbank",
                        "Meldingen");
    }

    @Test
    void a_partner_contact_is_shown_nothing_of_the_organisations_own_work() {
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overzicht", "Kennisbank", "Meldingen");
        assertThat($(H2.class).all()).extracting(H2::getText).doesNotContain("Nieuwe verhalen", "Trajecten");
    }

    @Test
    void staff_read_first_what_waits_for_them_and_then_what_kwartiermaken_means_for_them() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).first().isEqualTo("Mijn taken");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Wat betekent dit voor mij?");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("kennisbank/wat-betekent-dit-voor-mij");
        assertThat(headerTasks().getText()).isEqualTo(taskCount(taskList.mine().size()));
        assertThat(listedTasks()).isEqualTo(Math.min(TasksCard.SHOWN, taskList.mine().size()));
    }

    @Test
    void a_project_lead_is_asked_to_send_reminders_before_a_round_closes_and_the_header_counts_the_task() {
        ScanFixture scan = new ScanFixture(context, "lead-" + UUID.randomUUID() + "@test.nl");
        ScanRound closing = scan.rounds.createRound(scan.traject.getId(), new RoundForm("Sluit deze week",
                scan.today(), scan.today().plusDays(3), Set.of(RespondentGroup.MEDEWERKERS), null));

        navigate(DashboardView.class);

        assertThat($(Anchor.class).all()).filteredOn(a -> a.getText().contains(closing.getName()))
                .singleElement().extracting(Anchor::getHref)
                .isEqualTo("trajecten/" + scan.traject.getId() + "/scans");
        assertThat(headerTasks().getText()).isEqualTo(taskCount(taskList.mine().size()));
        assertThat(listedTasks()).isEqualTo(Math.min(TasksCard.SHOWN, taskList.mine().size()));
        assertThat($(H2.class).all()).extracting(H2::getText).as("who runs the change has the project view")
                .doesNotContain("Wat betekent dit voor mij?");
    }

    private int listedTasks() {
        return (int) $(ListItem.class).all().stream().filter(item -> item.getParent().flatMap(Component::getParent)
                .filter(card -> card.hasClassName("tasks-card")).isPresent()).count();
    }

    private static String taskCount(int tasks) {
        return tasks == 0 ? "Geen taken" : tasks == 1 ? "1 taak" : tasks + " taken";
    }

    private RouterLink headerTasks() {
        return $(RouterLink.class).all().stream().filter(link -> link.hasClassName("header-tasks")).findFirst()
                .orElseThrow();
    }

    @Test
    void a_beheerder_also_sees_the_administration() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER, Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overzicht", "Trajecten", "Functieprofielen", "Verhalen", "Kennisbank",
                        "Meldingen", "Organisatie", "Gebruikers", "Auditlog");
    }

    @Test
    void the_overview_takes_the_same_statements_with_a_thousand_unread_notifications_and_pages_more() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        var few = statementsToOpen("");
        new ManyRows(jdbc).unreadNotificationsFor("medewerker@demo.nl", 1_000);
        new ManyRows(jdbc).knowledgePages(1_000);
        var many = statementsToOpen("");
        // the person (once per request); the tasks card: the trajecten led (for the scan rounds and for decisions due
        // for review), the steps owned, the role descriptions and the stories sent back to the person, the stories
        // waiting for the person's consent; the staff card (staff get the traject in words, not the trajecten card):
        // trajecten, their activities, counts and the leads' names; the reviews card: trajecten and review dates; the
        // unread count; the pages; the newest stories
        assertThat(few).hasSize(16);
        assertThat(many).hasSize(16);
    }

    @Test
    void loading_a_page_builds_the_frame_whose_task_and_unread_counts_cost_the_same_with_many_notifications() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        int few = statementsToLoad("meldingen").size() - statementsToOpen("meldingen").size();
        new ManyRows(jdbc).unreadNotificationsFor("medewerker@demo.nl", 1_000);
        int many = statementsToLoad("meldingen").size() - statementsToOpen("meldingen").size();
        // what every feature asks of the person (one statement each: the scan's rounds, the steps owned, the decisions
        // due for review, the role descriptions waiting, the stories sent back, the stories waiting for consent), and
        // the unread notifications
        assertThat(many).isEqualTo(few);
        assertThat(few).isEqualTo(FRAME_STATEMENTS);
    }

    static final int FRAME_STATEMENTS = 7;
}
