package nl.kwartiermaker.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.notification.OutboxEntry;
import nl.kwartiermaker.notification.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Beheerder's outbox page and the Overzicht card for mail given up. */
class OutboxViewTest extends BrowserlessViewTest {

    private static final String MARK = "outbox-view-";
    private static final int ACTION_COLUMN = 5;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeMail() {
        jdbc.update("delete from mail_outbox where recipient like ?", MARK + "%");
    }

    /** Mail given up, newest last, as the dispatcher leaves it: no secret, the server's last answer. */
    private String givenUp(int count, String error) {
        String recipient = MARK + UUID.randomUUID() + "@example.nl";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into mail_outbox (version, recipient, subject, body, status, attempts,"
                        + " next_attempt_at, created_at, message_id, last_error)"
                        + " values (0, ?, ?, 'GEHEIME TEKST van de mail', 'FAILED', 80, ?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, count).mapToObj(n -> new Object[] {recipient,
                        "Onderwerp " + n, now, now, UUID.randomUUID().toString(), error}).toList());
        return recipient;
    }

    @SuppressWarnings("unchecked")
    private Grid<OutboxEntry> grid() {
        return $(Grid.class).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<OutboxState> states() {
        return $(RadioButtonGroup.class).single();
    }

    @Test
    void the_beheerder_sees_mail_given_up_first_with_the_servers_answer_and_tries_it_again() {
        String recipient = givenUp(1, "550 5.1.1 mailbox onbekend");
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        navigate(OutboxView.class);

        assertThat(states().getValue()).isEqualTo(OutboxState.FAILED);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("opgegeven: kijk bij Opgegeven"));
        var rows = test(grid());
        assertThat(rows.getRow(0).recipient()).isEqualTo(recipient);
        assertThat(rows.getCellText(0, 3)).startsWith("Opgegeven na 80 pogingen").contains("550 5.1.1 mailbox onbekend");
        assertThat(rows.getCellText(0, 2)).isEqualTo("Bericht");
        for (int column = 0; column < ACTION_COLUMN; column++) {
            assertThat(rows.getCellText(0, column)).doesNotContain("GEHEIME TEKST");
        }
        assertThat(rows.getLitRendererPropertyValue(0, ACTION_COLUMN, "text", String.class))
                .isEqualTo("Opnieuw proberen");

        rows.invokeLitRendererFunction(0, ACTION_COLUMN, "retry");

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("De mail aan " + recipient + " staat weer in de"));
        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class,
                recipient)).isEqualTo("PENDING");
        assertThat(AuditLines.about(jdbc, "MAIL_RETRIED", recipient)).hasSize(1);
        states().setValue(OutboxState.WAITING);
        assertThat(test(grid()).size()).isPositive();
    }

    @Test
    void each_state_says_what_it_means_when_it_holds_no_mail() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        navigate(OutboxView.class);
        states().setValue(OutboxState.FAILED);
        assertThat(grid().getEmptyStateText()).startsWith("Er is geen mail opgegeven.");
        states().setValue(OutboxState.RETRYING);
        assertThat(grid().getEmptyStateText()).startsWith("Er wordt geen mail opnieuw geprobeerd");
        states().setValue(OutboxState.WAITING);
        assertThat(grid().getEmptyStateText()).startsWith("Er wacht geen mail.");
        assertThat(states().getItemLabelGenerator().apply(OutboxState.SENT)).matches("Verzonden \\(\\d+\\)");
    }

    @Test
    void the_page_takes_the_same_statements_with_ten_and_with_two_thousand_mails_given_up() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        givenUp(10, "421 later");
        List<String> few = statementsToOpen("beheer/uitgaande-mail");
        givenUp(1_990, "421 later");
        List<String> many = statementsToOpen("beheer/uitgaande-mail");
        // the counts per state (once, for the choice and the summary) and the grid's first page
        assertThat(few).hasSize(2);
        assertThat(many).hasSize(2);
        assertThat(rowsToOpen("beheer/uitgaande-mail")).as("one page of the grid, not every mail")
                .isLessThan(120);
    }

    @Test
    void the_beheerders_overzicht_says_mail_was_given_up_and_leads_to_the_outbox() {
        givenUp(2, "550 nee");
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER, Role.MEDEWERKER);
        openOverzicht();
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Mail opgegeven");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.matches("\\d+ mails konden na alle pogingen niet worden verzonden\\."))
                .anyMatch(t -> t.startsWith("Kijk wat de mailserver antwoordde."));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("beheer/uitgaande-mail");

        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        openOverzicht();
        assertThat($(H2.class).all()).extracting(H2::getText).doesNotContain("Mail opgegeven");
    }

    /** From another page, so the Overzicht is built anew for whoever is signed in now. */
    private void openOverzicht() {
        UI.getCurrent().navigate("statement-count-start");
        UI.getCurrent().navigate("");
    }
}
