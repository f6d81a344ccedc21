package nl.kwartiermaker.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.OidcPortalTest;
import nl.kwartiermaker.Shell;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** With password sign-in switched off, the portal offers no password anywhere: no page, no menu item, no field. */
@OidcPortalTest
class ProviderOnlyViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @BeforeEach
    void signIn() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void there_is_no_password_to_change_forget_or_set_through_a_link() {
        UI.getCurrent().navigate("");
        assertThat(Shell.userMenuItems()).contains("Uitloggen").doesNotContain("Wachtwoord wijzigen");

        for (String page : new String[] {"account/wachtwoord", "wachtwoord-vergeten",
                "wachtwoord-instellen/" + "a".repeat(43)}) {
            UI.getCurrent().navigate(page);
            assertThat(getCurrentView().getClass().getSimpleName()).as(page).isEqualTo("NotFoundView");
        }
    }

    @Test
    void a_beheerder_adds_and_changes_accounts_without_password_fields_or_links() {
        UsersView view = navigate(UsersView.class);
        view.openNew();
        UserDialog dialog = $(UserDialog.class).single();
        assertThat(dialog.firstPassword.isAttached()).isFalse();
        assertThat(dialog.password.isAttached()).isFalse();
        String email = "zonder-wachtwoord-" + UUID.randomUUID() + "@example.nl";
        test(dialog.email).setValue(email);
        test(dialog.name).setValue("Ilse Vos");
        dialog.roles.setValue(EnumSet.of(Role.MEDEWERKER));
        test(dialog.save).click();

        UserAccount added = users.search(email, Pageable.ofSize(1)).getFirst();
        assertThat(added.hasPassword()).isFalse();
        view.openExisting(added);
        UserDialog edit = $(UserDialog.class).all().getLast();
        assertThat(edit.sendLink.isAttached()).isFalse();
        assertThat($(PasswordField.class).all()).noneMatch(PasswordField::isAttached);
    }
}
