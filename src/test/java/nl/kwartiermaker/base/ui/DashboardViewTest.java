package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.AsRendered;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.ManyRows;
import nl.kwartiermaker.Shell;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PersonalTaskList;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.PoolTestData;
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
        assertThat(Shell.menuLabels())
                .containsExactly("Overzicht", "Trajecten", "Functieprofielen", "Verhalen", "Kennisbank",
                        "Meldingen");
    }

    @Test
    void the_menu_marks_the_page_shown_and_the_section_a_detail_page_belongs_to() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat(Shell.currentMenuLinks()).containsExactly(".");

        UI.getCurrent().navigate("kennisbank");
        assertThat(Shell.currentMenuLinks()).containsExactly("kennisbank");
        UI.getCurrent().navigate("kennisbank/de-reis");
        assertThat(Shell.currentMenuLinks()).containsExactly("kennisbank");
    }

    @Test
    void the_user_menu_is_built_when_opened_and_gone_after_going_to_another_page() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat(Shell.userMenuItems()).containsExactly("Nederlands", "English", "Wachtwoord wijzigen", "Uitloggen");

        UI.getCurrent().navigate("kennisbank");

        assertThat(UI.getCurrent().getElement().toString()).doesNotContain("user-menu-panel");
    }

    @Test
    void a_partner_contact_sees_their_pool_and_nothing_of_the_organisations_own_work() {
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        navigate(DashboardView.class);
        assertThat(Shell.menuLabels())
                .containsExactly("Overzicht", "Regionale pool", "Kennisbank", "Meldingen");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Regionale pool")
                .doesNotContain("Nieuwe verhalen", "Trajecten");
    }

    @Test
    void staff_read_first_what_waits_for_them_and_then_what_kwartiermaken_means_for_them() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).first().isEqualTo("Mijn taken");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Wat betekent dit voor mij?");
        assertThat(links()).extracting(a -> a.attr("href")).contains("kennisbank/wat-betekent-dit-voor-mij");
        assertThat(headerTasks().getText()).isEqualTo(taskCount(taskList.mine().size()));
        assertThat(listedTasks()).isEqualTo(Math.min(TasksCard.SHOWN, taskList.mine().size()));
    }

    @Test
    void a_project_lead_is_asked_to_send_reminders_before_a_round_closes_and_the_header_counts_the_task() {
        ScanFixture scan = new ScanFixture(context, "lead-" + UUID.randomUUID() + "@test.nl");
        ScanRound closing = scan.rounds.createRound(scan.traject.getId(), new RoundForm("Sluit deze week",
                scan.today(), scan.today().plusDays(3), Set.of(RespondentGroup.MEDEWERKERS), null));

        navigate(DashboardView.class);

        assertThat(links()).filteredOn(a -> a.text().contains(closing.getName()))
                .singleElement().extracting(a -> a.attr("href"))
                .isEqualTo("trajecten/" + scan.traject.getId() + "/scans");
        assertThat(headerTasks().getText()).isEqualTo(taskCount(taskList.mine().size()));
        assertThat(listedTasks()).isEqualTo(Math.min(TasksCard.SHOWN, taskList.mine().size()));
        assertThat($(H2.class).all()).extracting(H2::getText).as("who runs the change has the project view")
                .doesNotContain("Wat betekent dit voor mij?");
    }

    private int listedTasks() {
        return AsRendered.of($(Div.class).withClassName("tasks-card").single().getElement()).select("li").size();
    }

    /** The Overzicht's links as the browser gets them: the cards' lists are markup (issue 18). */
    private java.util.List<org.jsoup.nodes.Element> links() {
        return AsRendered.of(getCurrentView().getElement()).select("a");
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
        assertThat(Shell.menuLabels())
                .containsExactly("Overzicht", "Trajecten", "Functieprofielen", "Verhalen", "Kennisbank",
                        "Meldingen", "Organisatie", "Gebruikers", "Auditlog", "Uitgaande mail", "Privacy");
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

    // Regionale pool: the planning's card and task (issue 15, item 7)

    @Autowired
    PoolTestData pool;

    @Test
    void the_pool_coordinator_finds_the_pool_in_the_menu_and_on_the_overview() {
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        navigate(DashboardView.class);
        assertThat(Shell.menuLabels()).contains("Regionale pool");
        Div card = $(Div.class).withClassName("pool-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("inzetverzoek");
        assertThat(links(card)).containsExactly("pool", "pool/verzoeken");
    }

    @Test
    void the_pool_coordinator_is_asked_to_look_at_shares_that_stray_from_the_key_without_an_agreement() {
        // the first half of 2096 is the pool tests' to write in without counting totals: Weert far above its key
        LocalDate day = LocalDate.of(2096, 6, 20);
        pool.today(day);
        PoolTestData.Expert expert = pool.expert(day);
        long deployment = pool.deployment("Weert", expert, ExperienceTheme.DAKLOOSHEID, 30,
                LocalDate.of(2096, 6, 11), LocalDate.of(2096, 6, 17));
        pool.worked(deployment, LocalDate.of(2096, 6, 11), "30", ExperienceTheme.DAKLOOSHEID);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        navigate(DashboardView.class);

        org.jsoup.nodes.Element task = links().stream().filter(a -> a.text().contains("in het 1e halfjaar 2096 af"
                + " van de verdeelsleutel, zonder afspraak")).findFirst().orElseThrow();
        assertThat(task.attr("href")).isEqualTo("pool");
        assertThat(headerTasks().getText()).isEqualTo(taskCount(taskList.mine().size()));
        assertThat($(Div.class).withClassName("pool-card").single().getElement().getTextRecursively())
                .contains("in het 1e halfjaar 2096 af van de verdeelsleutel, zonder afspraak.");
    }

    @Test
    void a_partner_contact_reads_their_share_against_the_key_and_finds_how_to_ask_for_an_expert() {
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        navigate(DashboardView.class);
        assertThat(Shell.menuLabels()).contains("Regionale pool");
        Div card = $(Div.class).withClassName("pool-card").single();
        assertThat(card.getElement().getTextRecursively()).startsWith("Regionale poolIn het ")
                .contains("halfjaar", " kreeg Venlo ", "In de verdeelsleutel heeft Venlo 28,47\u00a0%.");
        assertThat(links(card)).containsExactly("pool/verzoeken", "pool");
    }

    @Test
    void the_pool_roles_overview_and_frame_cost_the_same_statements_with_a_thousand_notifications_more() {
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        var coordinator = statementsToOpen("");
        int coordinatorFrame = statementsToLoad("meldingen").size() - statementsToOpen("meldingen").size();
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        var contact = statementsToOpen("");
        int contactFrame = statementsToLoad("meldingen").size() - statementsToOpen("meldingen").size();
        new ManyRows(jdbc).unreadNotificationsFor("poolcoordinator@demo.nl", 1_000);
        new ManyRows(jdbc).unreadNotificationsFor("gemeente@demo.nl", 1_000);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        assertThat(statementsToOpen("")).hasSize(coordinator.size());
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        assertThat(statementsToOpen("")).hasSize(contact.size());
        // the pool's part: this half-year's shares (partners, hours per partner, the key and its shares, agreements)
        // for the task and again for the card, which also counts the open requests; the open requests' task and the
        // reports' task (the key that applies, finalised reports) one count each; a contact's card asks for their
        // municipality and reads the shares narrowed to it, and a contact has no pool task
        assertThat(coordinator).filteredOn(sql -> sql.contains("pool_")).hasSize(15);
        assertThat(contact).filteredOn(sql -> sql.contains("pool_")).hasSize(6);
        assertThat(coordinatorFrame).isEqualTo(FRAME_STATEMENTS + 9);
        // a contact's frame asks none of the staff's task lists (decision 0011): the account only
        assertThat(contactFrame).isEqualTo(1);
    }

    private static java.util.List<String> links(Div card) {
        return card.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref()).toList();
    }
}
