package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.CheckInRhythm;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.Mentorship;
import nl.kwartiermaker.mentoring.MentorshipStatus;
import nl.kwartiermaker.mentoring.RegisteredPerson;
import nl.kwartiermaker.mentoring.Seniority;
import nl.kwartiermaker.mentoring.SupportFixture;
import nl.kwartiermaker.mentoring.SupportKind;
import nl.kwartiermaker.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mentor-and-buddy section of an expert page, as coordinator, proposed supporter and expert see it. */
class SupportSectionTest extends BrowserlessViewTest {

    static final Set<ExperienceTheme> ALL = EnumSet.allOf(ExperienceTheme.class);

    @Autowired
    SupportSection section;
    @Autowired
    SupportFixture fixture;
    @Autowired
    PortalTime time;

    UserAccount coordinator;
    SupportPanel shown;
    UserAccount expertAccount;
    UserAccount mentorAccount;
    RegisteredPerson expert;
    RegisteredPerson best;
    RegisteredPerson other;

    @BeforeEach
    void anExpertWithTwoPossibleMentors() {
        coordinator = fixture.account(Role.COORDINATOR);
        expertAccount = fixture.account(Role.ERVARINGSDESKUNDIGE);
        mentorAccount = fixture.account(Role.MENTOR);
        String team = "Team " + UUID.randomUUID();
        expert = fixture.expert(expertAccount.id(), team, time.today(), ALL);
        best = fixture.supporter(mentorAccount.id(), true, false, false, team, 2, Seniority.SENIOR, ALL);
        other = fixture.supporter(null, true, false, false, team, 2, Seniority.STARTING, Set.of());
    }

    private SupportPanel open(UserAccount as) {
        TestAccounts.signInAs(as);
        UI.getCurrent().removeAll();
        SupportPanel panel = (SupportPanel) section.render(expert.getId()).orElseThrow();
        UI.getCurrent().add(panel);
        shown = panel;
        return panel;
    }

    private String text(SupportPanel panel) {
        return panel.getElement().getTextRecursively();
    }

    /** The section's buttons (its dialogs are tested through their fields). */
    private List<Button> buttons() {
        return descendants(shown).filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> descendants(c)));
    }

    private Button button(String text) {
        return buttons().stream().filter(b -> b.getText().equals(text)
                || text.equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow(
                () -> new AssertionError("no button " + text));
    }

    private boolean hasButton(String text) {
        return buttons().stream().anyMatch(b -> b.getText().equals(text));
    }

    @Test
    void the_coordinator_sees_the_best_match_first_with_its_reasons_and_asks_them_in_one_click() {
        SupportPanel panel = open(coordinator);

        assertThat(panel.getId()).hasValue("begeleiders");
        assertThat(text(panel)).contains("Nog geen mentor. Dit zijn de beste keuzes, met de redenen:")
                .contains("Beste keuze" + best.getName()).contains("Gedeelde ervaringsthema’s: 11")
                .contains("Senior in het werk").contains("Werkt in hetzelfde team")
                .contains("Nog 2 van 2 plaatsen vrij");

        click(button(best.getName() + " vragen"));

        assertThat(text(panel)).contains(best.getName() + " is gevraagd op").contains("Voorgesteld");
        assertThat(notificationTexts()).contains(best.getName() + " is gevraagd en krijgt een bericht.");
    }

    @Test
    void choosing_someone_else_asks_why_and_the_reason_shows_with_the_proposal() {
        SupportPanel panel = open(coordinator);
        click(button("Iemand anders kiezen"));
        ProposeDialog dialog = $(ProposeDialog.class).single();
        dialog.person.setValue(dialog.person.getListDataView().getItems()
                .filter(s -> s.personId() == other.getId()).findFirst().orElseThrow());

        click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.reason.setValue("Werkt op dezelfde dagen");
        click(dialog.confirm);
        assertThat(text(panel)).contains(other.getName() + " is gevraagd op")
                .contains("De coördinator koos niet de eerste suggestie, omdat: Werkt op dezelfde dagen");
    }

    @Test
    void the_proposed_mentor_accepts_and_then_sets_the_rhythm() {
        fixture.proposed(expert, best, SupportKind.MENTOR, time.now(), coordinator.id());
        SupportPanel panel = open(mentorAccount);
        assertThat(hasButton("Voorstel intrekken")).as("the coordinator's").isFalse();

        click(button("Ja, dat doe ik"));

        assertThat(text(panel)).contains(best.getName() + ", sinds").contains("Check-in: Elke maand");
        assertThat($(com.vaadin.flow.component.select.Select.class).all()).as("the choice comes when asked").isEmpty();
        click(button("Ritme wijzigen"));
        var rhythm = $(com.vaadin.flow.component.select.Select.class).single();
        assertThat(rhythm.getValue()).isEqualTo(CheckInRhythm.MONTHLY);
        test(rhythm).selectItem("Elke twee weken");
        assertThat(notificationTexts()).contains("Het ritme van de check-ins is aangepast.");
    }

    @Test
    void declining_needs_a_reason() {
        Mentorship proposal = fixture.proposed(expert, best, SupportKind.MENTOR, time.now(), coordinator.id());
        open(mentorAccount);
        click(button("Nee, liever niet"));
        ReasonDialog dialog = $(ReasonDialog.class).single();
        dialog.reason.setValue(" ");

        click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("Geen tijd");
        click(dialog.confirm);

        assertThat(fixture.reload(proposal).getStatus()).isEqualTo(MentorshipStatus.DECLINED);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void the_coordinator_withdraws_a_proposal_and_ends_a_mentorship_only_after_confirming() {
        Mentorship proposal = fixture.proposed(expert, other, SupportKind.MENTOR, time.now(), coordinator.id());
        RegisteredPerson buddy = fixture.supporter(null, false, true, true, "", 2, null, Set.of());
        Mentorship running = fixture.active(expert, buddy, SupportKind.BUDDY, time.today());
        SupportPanel panel = open(coordinator);

        click(button("Voorstel intrekken"));
        ConfirmDialog confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .findFirst().orElseThrow();
        assertThat(fixture.reload(proposal).getStatus()).as("not before confirming")
                .isEqualTo(MentorshipStatus.PROPOSED);
        test(confirmation).confirm();
        assertThat(fixture.reload(proposal).getStatus()).isEqualTo(MentorshipStatus.WITHDRAWN);
        assertThat(text(panel)).contains("Nog geen mentor. Dit zijn de beste keuzes");

        click(button("Begeleiding beëindigen"));
        ReasonDialog end = $(ReasonDialog.class).all().stream().filter(ReasonDialog::isOpened).findFirst()
                .orElseThrow();
        end.reason.setValue("Verhuisd");
        click(end.confirm);
        assertThat(fixture.reload(running).getStatus()).isEqualTo(MentorshipStatus.ENDED);
    }

    @Test
    void the_expert_sees_who_supports_them_and_what_is_still_being_arranged_without_any_action() {
        fixture.active(expert, best, SupportKind.MENTOR, time.today());
        SupportPanel panel = open(expertAccount);

        assertThat(text(panel)).contains(best.getName() + ", sinds").contains("Check-in: Elke maand")
                .contains("Nog geen buddy. De coördinator ervaringsdeskundigheid regelt dit.");
        assertThat(buttons()).isEmpty();
    }

    @Test
    void the_section_reads_the_same_few_statements_however_many_suggestions_there_are() {
        fixture.proposed(expert, other, SupportKind.MENTOR, time.now(), coordinator.id());
        TestAccounts.signInAs(coordinator);
        section.render(expert.getId());
        List<String> before = StatementCounter.statementsOf(() -> section.render(expert.getId()));
        for (int i = 0; i < 5; i++) {
            fixture.supporter(null, false, true, true, "", 2, null, ALL);
        }
        TestAccounts.signInAs(coordinator);
        List<String> after = StatementCounter.statementsOf(() -> section.render(expert.getId()));
        assertThat(after).hasSameSizeAs(before).hasSizeLessThanOrEqualTo(6);
    }
}
