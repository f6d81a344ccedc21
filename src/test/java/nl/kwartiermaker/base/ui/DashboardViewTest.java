package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.ManyRows;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

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
                .containsExactly("Overzicht", "Trajecten", "Functieprofielen", "Kennisbank", "Meldingen");
    }

    @Test
    void a_beheerder_also_sees_the_administration() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER, Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overzicht", "Trajecten", "Functieprofielen", "Kennisbank", "Meldingen",
                        "Organisatie", "Gebruikers", "Auditlog");
    }

    @Test
    void the_overview_takes_the_same_statements_with_a_thousand_unread_notifications_and_pages_more() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        var few = statementsToOpen("");
        new ManyRows(jdbc).unreadNotificationsFor("medewerker@demo.nl", 1_000);
        new ManyRows(jdbc).knowledgePages(1_000);
        var many = statementsToOpen("");
        // the person (once per request); the tasks card: the trajecten led (for the scan rounds and for decisions due
        // for review) and the steps owned; the staff card (staff get the traject in words, not the trajecten card):
        // trajecten, their activities, counts and the leads' names; the reviews card: trajecten and review dates; the
        // unread count; the pages
        assertThat(few).hasSize(12);
        assertThat(many).hasSize(12);
    }

    @Test
    void loading_a_page_builds_the_frame_whose_task_and_unread_counts_cost_the_same_with_many_notifications() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        int few = statementsToLoad("meldingen").size() - statementsToOpen("meldingen").size();
        new ManyRows(jdbc).unreadNotificationsFor("medewerker@demo.nl", 1_000);
        int many = statementsToLoad("meldingen").size() - statementsToOpen("meldingen").size();
        // what every feature asks of the person (one statement each: the scan's rounds, the steps owned, the decisions
        // due for review), and the unread notifications
        assertThat(many).isEqualTo(few);
        assertThat(few).isEqualTo(FRAME_STATEMENTS);
    }

    static final int FRAME_STATEMENTS = 4;
}
