package nl.kwartiermaker.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import nl.kwartiermaker.ManyRows;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeManyRows() {
        new ManyRows(jdbc).removeAll();
    }

    @Autowired
    UserService users;

    @Test
    void a_new_person_sees_their_welcome_and_marks_everything_read() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var account = users.create(new UserService.NewUser("melding-" + UUID.randomUUID() + "@example.nl", "Nieuw",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        SignedIn.as(account.email(), Role.MEDEWERKER);

        navigate(NotificationsView.class);
        assertThat($(ListItem.class).all()).singleElement()
                .satisfies(item -> assertThat(item.getClassNames()).contains("unread"));
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Alles als gelezen markeren"))
                .findFirst().orElseThrow()).click();
        assertThat(notificationTexts()).contains("1 melding als gelezen gemarkeerd.");
        assertThat($(ListItem.class).all()).singleElement()
                .satisfies(item -> assertThat(item.getClassNames()).contains("read"));
    }

    @Test
    void someone_without_notifications_is_told_what_will_appear_here() {
        SignedIn.as("leeg-" + UUID.randomUUID() + "@example.nl", Role.MEDEWERKER);
        navigate(NotificationsView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Je hebt nog geen meldingen."));
    }

    @Test
    void the_list_takes_the_same_statements_with_a_thousand_notifications_more() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        var few = statementsToOpen("meldingen");
        new ManyRows(jdbc).unreadNotificationsFor("medewerker@demo.nl", 1_000);
        var many = statementsToOpen("meldingen");
        // the person (once per request), the newest hundred notifications
        assertThat(few).hasSize(2);
        assertThat(many).hasSize(2);
    }
}
