package nl.kwartiermaker.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForMeCardTest extends BrowserlessViewTest {

    @Autowired
    UserService users;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_staff_member_finds_their_page_and_the_leidinggevendes_page_on_the_overzicht() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("", Component.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Wat betekent dit voor mij?");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("kennisbank/wat-betekent-dit-voor-mij", "kennisbank/leidinggevende")
                .doesNotContain("kennisbank/projectleider");
    }

    @Test
    void an_expert_finds_their_page_but_not_the_leidinggevendes() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.ERVARINGSDESKUNDIGE));
        navigate("", Component.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("kennisbank/wat-betekent-dit-voor-mij").doesNotContain("kennisbank/leidinggevende");
    }

    @Test
    void the_project_lead_finds_the_page_on_the_kwartiermakers_own_role() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.PROJECTLEIDER));
        navigate("", Component.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Jouw rol als kwartiermaker")
                .doesNotContain("Wat betekent dit voor mij?");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("kennisbank/projectleider");
    }
}
