package nl.kwartiermaker.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import nl.kwartiermaker.ManyRows;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class UsersViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeManyRows() {
        new ManyRows(jdbc).removeAll();
    }

    @Autowired
    UserService users;

    @BeforeEach
    void signIn() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @Test
    void a_beheerder_adds_a_user_and_bad_input_keeps_the_dialog_open_with_a_dutch_message() {
        UsersView view = navigate(UsersView.class);
        view.openNew();
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.email).setValue("geen-adres");
        test(dialog.name).setValue("Fatima Ouali");
        dialog.roles.setValue(EnumSet.of(Role.COORDINATOR));
        dialog.firstPassword.setValue(UserDialog.FirstPassword.TYPED);
        test(dialog.password).setValue("een lang wachtwoord");
        click(dialog.save);

        assertThat(notificationTexts()).contains("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Fatima Ouali");

        String email = "fatima-" + UUID.randomUUID() + "@example.nl";
        test(dialog.email).setValue(email);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.search(email, Pageable.ofSize(5))).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.COORDINATOR));
    }

    @Test
    void a_password_past_the_limit_is_refused_with_the_real_limit_and_the_dialog_keeps_what_was_typed() {
        UsersView view = navigate(UsersView.class);
        view.openNew();
        UserDialog dialog = $(UserDialog.class).single();
        String email = "lang-" + UUID.randomUUID() + "@example.nl";
        test(dialog.email).setValue(email);
        test(dialog.name).setValue("Lange Wachtwoord");
        dialog.roles.setValue(EnumSet.of(Role.MEDEWERKER));
        // as a request that ignores the browser's maxlength would set it
        dialog.firstPassword.setValue(UserDialog.FirstPassword.TYPED);
        test(dialog.password).setValue("x".repeat(100_000));
        click(dialog.save);

        String message = "Een wachtwoord is hoogstens 72 tekens lang. Letters met een accent en andere bijzondere"
                + " tekens tellen voor twee of meer.";
        assertThat(notificationTexts()).contains(message);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo(message);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Lange Wachtwoord");
        assertThat(dialog.password.getHelperText()).contains("12", "72");
        assertThat(users.search(email, Pageable.ofSize(5))).isEmpty();
    }

    @Test
    void editing_from_a_stale_dialog_reports_the_conflict_instead_of_overwriting() {
        var account = users.create(new UserService.NewUser("stale-" + UUID.randomUUID() + "@example.nl", "Oud",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        UsersView view = navigate(UsersView.class);
        view.openExisting(account);
        UserDialog dialog = $(UserDialog.class).single();
        users.update(account.id(), account.version(), "Door collega", EnumSet.of(Role.MEDEWERKER));

        test(dialog.name).setValue("Door mij");
        click(dialog.save);

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Iemand anders heeft dit intussen gewijzigd"));
        assertThat(users.findById(account.id()).orElseThrow().displayName()).isEqualTo("Door collega");
    }

    @Test
    void the_list_takes_the_same_statements_with_a_thousand_users_more() {
        var few = statementsToOpen("beheer/gebruikers");
        new ManyRows(jdbc).users(1_000);
        var many = statementsToOpen("beheer/gebruikers");
        // the grid's first page of accounts, their roles in one batch
        assertThat(few).hasSize(2);
        assertThat(many).hasSize(2);
    }
}
