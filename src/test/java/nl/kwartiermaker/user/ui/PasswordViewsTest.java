package nl.kwartiermaker.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.Shell;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.PasswordService;
import nl.kwartiermaker.user.ProviderAccountService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserEvents.PasswordLinkIssued;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The pages of one's own password: change it, ask for a link, set it through the link; and the Beheerder's choice. */
@RecordApplicationEvents
class PasswordViewsTest extends BrowserlessViewTest {

    private static final String OLD = "een lang wachtwoord";
    private static final String NEW = "mijn fiets is blauw en snel";

    @Autowired
    UserService users;
    @Autowired
    PasswordService passwords;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProviderAccountService providerAccounts;

    private UserAccount person;

    @BeforeEach
    void aPerson() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        person = users.create(new UserService.NewUser("pagina-" + UUID.randomUUID() + "@example.nl", "Kim Jansen",
                EnumSet.of(Role.MEDEWERKER), OLD));
        SignedIn.nobody();
    }

    private String linkSentTo(String email) {
        return events.stream(PasswordLinkIssued.class).filter(e -> e.email().equals(email)).reduce((a, b) -> b)
                .orElseThrow().link();
    }

    private String path(String link) {
        return link.substring(link.indexOf(PasswordService.SET_PASSWORD_PATH));
    }

    @Test
    void the_login_page_leads_to_wachtwoord_vergeten() {
        UI.getCurrent().navigate("login");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();

        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void wachtwoord_vergeten_answers_the_same_for_an_address_with_and_without_an_account() {
        ForgotPasswordView page = navigate(ForgotPasswordView.class);
        test(page.email).setValue("niemand-" + UUID.randomUUID() + "@example.nl");
        click(page.send);
        String unknownAnswer = page.outcome.getText();

        UI.getCurrent().navigate("login");
        page = navigate(ForgotPasswordView.class);
        test(page.email).setValue(person.email());
        click(page.send);

        assertThat(page.outcome.getText()).isEqualTo(unknownAnswer)
                .startsWith("Als er een account bij dit adres hoort, krijg je binnen een paar minuten een mail");
        assertThat(page.send.isEnabled()).isFalse();
    }

    @Test
    void an_unknown_or_used_link_says_it_no_longer_works_and_offers_a_new_one() {
        UI.getCurrent().navigate(PasswordService.SET_PASSWORD_PATH + "/" + "x".repeat(43));
        SetPasswordView page = (SetPasswordView) getCurrentView();

        assertThat(page.form.isVisible()).isFalse();
        assertThat(page.outcome.getText()).startsWith("Deze link werkt niet meer.");
        assertThat(page.getElement().getOuterHTML()).contains("href=\"wachtwoord-vergeten\"");
    }

    @Test
    void a_link_from_a_beheerder_sets_the_password_and_the_page_points_to_sign_in() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        users.sendSetPasswordLink(person.id());
        SignedIn.nobody();
        UI.getCurrent().navigate(path(linkSentTo(person.email())));
        SetPasswordView page = (SetPasswordView) getCurrentView();
        assertThat(page.form.isVisible()).isTrue();

        test(page.fresh.password).setValue(NEW);
        test(page.fresh.repeated).setValue("iets anders dan het eerste");
        click(page.save);
        assertThat(page.fresh.repeated.isInvalid()).isTrue();
        assertThat(page.fresh.repeated.getErrorMessage()).isEqualTo(
                "De twee nieuwe wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde.");

        test(page.fresh.repeated).setValue(NEW);
        click(page.save);

        assertThat(page.form.isVisible()).isFalse();
        assertThat(page.outcome.getText()).startsWith("Je wachtwoord is ingesteld.");
        assertThat(page.signIn.getHref()).isEqualTo("login");
    }

    @Test
    void the_user_menu_leads_to_changing_your_own_password_for_everyone_signed_in() {
        SignedIn.as(person.email(), Role.MEDEWERKER);
        UI.getCurrent().navigate("");
        Shell.chooseFromUserMenu("Wachtwoord wijzigen");

        assertThat(getCurrentView()).isInstanceOf(OwnPasswordView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Wachtwoord wijzigen");
    }

    @Test
    void someone_who_signs_in_through_the_identity_provider_has_no_password_to_change() {
        String email = "sso-" + UUID.randomUUID() + "@example.nl";
        providerAccounts.signIn(new ProviderAccountService.Identity("https://login.example/organisatie",
                UUID.randomUUID().toString(), email, true, "Sam Sso", EnumSet.of(Role.MEDEWERKER)));
        SignedIn.as(email, Role.MEDEWERKER);
        UI.getCurrent().navigate("");

        assertThat(Shell.userMenuItems()).contains("Uitloggen").doesNotContain("Wachtwoord wijzigen");
        UI.getCurrent().navigate("account/wachtwoord");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void changing_your_own_password_marks_a_wrong_current_one_and_says_when_it_is_done() {
        SignedIn.as(person.email(), Role.MEDEWERKER);
        OwnPasswordView page = navigate(OwnPasswordView.class);
        test(page.current).setValue("niet het goede wachtwoord");
        test(page.fresh.password).setValue(NEW);
        test(page.fresh.repeated).setValue(NEW);
        click(page.change);
        assertThat(page.current.isInvalid()).isTrue();
        assertThat(page.current.getErrorMessage()).isEqualTo("Je huidige wachtwoord klopt niet.");

        test(page.current).setValue(OLD);
        test(page.fresh.password).setValue("Welkom2026!!");
        test(page.fresh.repeated).setValue("Welkom2026!!");
        click(page.change);
        assertThat(page.fresh.password.isInvalid()).isTrue();
        assertThat(page.fresh.password.getErrorMessage()).startsWith("Dit wachtwoord staat op een lijst");

        test(page.fresh.password).setValue(NEW);
        test(page.fresh.repeated).setValue(NEW);
        click(page.change);

        assertThat(page.outcome.getText()).isEqualTo("Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.");
        assertThat(page.current.getValue()).isEmpty();
        assertThat(page.fresh.password.getValue()).isEmpty();
    }

    @Test
    void a_beheerder_adds_someone_with_a_link_by_default_and_sends_a_new_one_from_the_dialog() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UsersView view = navigate(UsersView.class);
        view.openNew();
        UserDialog dialog = $(UserDialog.class).single();
        assertThat(dialog.firstPassword.getValue()).isEqualTo(UserDialog.FirstPassword.LINK);
        assertThat(dialog.password.isVisible()).isFalse();
        String email = "link-" + UUID.randomUUID() + "@example.nl";
        test(dialog.email).setValue(email);
        test(dialog.name).setValue("Noor Bakker");
        dialog.roles.setValue(EnumSet.of(Role.MENTOR));
        click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        String first = linkSentTo(email);
        UserAccount added = users.search(email, Pageable.ofSize(1)).getFirst();
        view.openExisting(added);
        UserDialog edit = $(UserDialog.class).all().getLast();
        click(edit.sendLink);

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Er is een mail gestuurd naar Noor Bakker"));
        assertThat(linkSentTo(email)).isNotEqualTo(first);
        String token = first.substring(first.lastIndexOf('/') + 1);
        assertThat(passwords.isUsable(token)).isFalse();
    }
}
