package nl.kwartiermaker.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.DownloadLinkClick;
import nl.kwartiermaker.security.AuditAction;
import nl.kwartiermaker.security.AuditService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class PrivacyViewTest extends BrowserlessViewTest {

    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    PortalTime time;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    UserAccount person;

    @BeforeEach
    void aPersonWithAnAccount() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        person = users.create(new UserService.NewUser("privacy-" + run + "@test.nl", "Privacy Persoon " + run,
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
    }

    PrivacyView open() {
        UI.getCurrent().navigate("beheer/privacy");
        return (PrivacyView) getCurrentView();
    }

    void search(PrivacyView view, String text) {
        view.search.setValue(text);
        test(view.find).click();
    }

    @Test
    void the_page_says_what_to_do_first_and_a_search_too_short_is_refused_at_the_field() {
        PrivacyView view = open();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Zoek eerst de persoon"));
        search(view, "a");
        assertThat(view.search.isInvalid()).isTrue();
        assertThat(view.search.getErrorMessage()).isEqualTo("Vul minstens 2 tekens in van een naam of e-mailadres.");
        search(view, "niemand-" + run);
        assertThat(view.search.isInvalid()).isFalse();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Niemand gevonden"));
    }

    @Test
    void opening_the_page_reads_nothing_until_the_beheerder_searches() {
        assertThat(statementsToOpen("beheer/privacy")).isEmpty();
    }

    @Test
    void a_person_found_gets_two_downloads_that_the_audit_log_records() {
        PrivacyView view = open();
        search(view, run);
        assertThat($(H2.class).from(view.people).all()).extracting(H2::getText)
                .containsExactly("Privacy Persoon " + run + " (privacy-" + run + "@test.nl)");
        List<DownloadLink> downloads = $(DownloadLink.class).from(view.people).all();
        assertThat(downloads).extracting(DownloadLink::getText)
                .containsExactly("Gegevens als bestand (JSON)", "Gegevens om te lezen (PDF)");
        downloads.forEach(DownloadLinkClick::on);
        assertThat(notificationTexts()).isEmpty();
        assertThat(audit.search(new AuditService.Filter(Set.of(AuditAction.PERSONAL_DATA_EXPORTED),
                "beheerder@demo.nl", time.now().minusSeconds(600), time.now().plusSeconds(600)), Pageable.ofSize(50)))
                .filteredOn(line -> line.getObject().contains(run)).hasSize(2);
    }

    @Test
    void erasing_asks_first_naming_the_person_and_only_then_erases() {
        PrivacyView view = open();
        search(view, run);
        Button erase = $(Button.class).from(view.people).withText("Wissen").single();
        test(erase).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains("Privacy Persoon " + run);
        assertThat(users.findById(person.id()).orElseThrow().active()).isTrue();

        test(confirm).confirm();

        assertThat(users.findById(person.id()).orElseThrow().displayName())
                .isEqualTo("verwijderd-persoon-" + person.id());
        assertThat(notificationTexts()).anyMatch(t -> t.contains("is gewist")
                && t.contains("verwijderd-persoon-" + person.id()));
        assertThat($(H2.class).from(view.people).all()).isEmpty();
    }

    @Test
    void a_beheerder_finds_themselves_but_is_offered_no_erasure() {
        PrivacyView view = open();
        search(view, "beheerder@demo.nl");
        assertThat($(Button.class).from(view.people).withText("Wissen").all()).isEmpty();
        assertThat($(Paragraph.class).from(view.people).all()).anyMatch(p -> p.getText()
                .startsWith("Je kunt jezelf niet wissen"));
    }
}
