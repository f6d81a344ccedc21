package nl.kwartiermaker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.security.OidcSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LoginViewTest extends BrowserlessViewTest {

    /** The texts the login form shows, as Vaadin sends them to the browser. */
    private String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private void open(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_throttled_sign_in_explains_in_dutch_when_to_try_again() {
        open("throttled");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Tijdelijk geblokkeerd").contains("Probeer het over 15 minuten opnieuw");
    }

    @Test
    void a_sign_in_that_failed_because_the_database_is_gone_says_the_portal_is_temporarily_unavailable() {
        open("unavailable");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Tijdelijk niet beschikbaar").contains("Dat ligt niet aan jou.")
                .doesNotContain("klopt niet");
    }

    @Test
    void a_wrong_password_gets_a_general_message_that_does_not_reveal_whether_the_account_exists() {
        open("error");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Het e-mailadres of het wachtwoord klopt niet.");
    }

    @Test
    void the_form_is_labelled_in_dutch() {
        navigate("login", LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(texts(form)).contains("E-mailadres").contains("Wachtwoord");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void only_a_demo_names_its_demo_accounts_on_the_login_page() {
        navigate("login", LoginView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).as("the tests run the demo profile")
                .contains("login-demo").contains("projectleider@demo.nl");

        LoginView realPortal = new LoginView(null, new MockEnvironment(), new SignInMethods(true), provider(false));

        assertThat(realPortal.getElement().getOuterHTML()).doesNotContain("login-demo").doesNotContain("@demo.nl");
    }

    private static OidcSettings provider(boolean enabled) {
        return new OidcSettings(enabled, null, "https://login.example/organisatie", "portal", "geheim", null, null,
                null, false, null);
    }

    private static boolean hasPasswordForm(LoginView view) {
        return view.getChildren().flatMap(c -> c.getChildren()).anyMatch(LoginForm.class::isInstance);
    }

    private static List<Button> buttons(LoginView view) {
        return view.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).toList();
    }

    @Test
    void a_portal_with_passwords_and_a_provider_offers_both_the_provider_first() {
        LoginView both = new LoginView(null, new MockEnvironment(), new SignInMethods(true), provider(true));

        assertThat(hasPasswordForm(both)).isTrue();
        Button provider = buttons(both).getFirst();
        assertThat(provider.getText()).isEqualTo("Inloggen met je organisatie-account");
        assertThat(both.getElement().getOuterHTML()).contains("Of log in met je e-mailadres en wachtwoord");
    }

    @Test
    void without_passwords_the_login_page_has_only_the_providers_button_named_as_the_organisation_chose() {
        OidcSettings named = new OidcSettings(true, "Inloggen met je gemeente-account", "https://login.example/g",
                "portal", "geheim", null, null, null, false, null);
        LoginView providerOnly = new LoginView(null, new MockEnvironment(), new SignInMethods(false), named);

        assertThat(hasPasswordForm(providerOnly)).isFalse();
        assertThat(providerOnly.getElement().getOuterHTML()).doesNotContain("wachtwoord")
                .doesNotContain("Wachtwoord");
        assertThat(buttons(providerOnly)).extracting(Button::getText).contains("Inloggen met je gemeente-account");
    }

    @Test
    void a_refused_sign_in_through_the_provider_says_what_to_do() {
        open("sso-norole");
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("je hebt nog geen rol in het portaal").contains("Vraag de beheerder");
        open("sso-deactivated");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Je account in het portaal is uitgezet");
    }
}
