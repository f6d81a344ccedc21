package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.Shell;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageTest extends BrowserlessViewTest {

    @Autowired
    UserService users;
    @Autowired
    SignedInUser signedInUser;

    @Test
    void the_portal_speaks_dutch_by_default_and_english_once_someone_chooses_it() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var account = users.create(new UserService.NewUser("taal-" + UUID.randomUUID() + "@example.nl", "Taal",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        SignedIn.as(account.email(), Role.MEDEWERKER);
        navigate(DashboardView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Overzicht");

        assertThat(Shell.userMenuItems()).containsExactly("Nederlands", "English", "Wachtwoord wijzigen", "Uitloggen");
        assertThat(Shell.pressed("Nederlands")).isTrue();
        Shell.chooseFromUserMenu("English");

        assertThat(signedInUser.current().orElseThrow().locale()).isEqualTo(PortalLocales.ENGLISH);
        UI.getCurrent().navigate("kennisbank");
        navigate(DashboardView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Overview");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Overview · Kwartiermaker");
        assertThat(Shell.userMenuItems()).contains("English", "Sign out");
        assertThat(Shell.pressed("English")).isTrue();
    }
}
