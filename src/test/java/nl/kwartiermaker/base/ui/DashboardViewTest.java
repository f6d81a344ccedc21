package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends BrowserlessViewTest {

    @Test
    void staff_see_the_knowledge_card_and_only_their_menu_items() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Kwartiermaken, stap voor stap");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overzicht", "Trajecten", "Kennisbank", "Meldingen");
    }

    @Test
    void a_beheerder_also_sees_the_administration() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER, Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overzicht", "Trajecten", "Kennisbank", "Meldingen", "Gebruikers", "Auditlog");
    }
}
