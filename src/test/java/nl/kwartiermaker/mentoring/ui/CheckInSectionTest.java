package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SensitiveDataRead;
import nl.kwartiermaker.mentoring.CheckInForm;
import nl.kwartiermaker.mentoring.CheckInService;
import nl.kwartiermaker.mentoring.Mentorship;
import nl.kwartiermaker.mentoring.RegisteredPerson;
import nl.kwartiermaker.mentoring.Seniority;
import nl.kwartiermaker.mentoring.SupportFixture;
import nl.kwartiermaker.mentoring.SupportKind;
import nl.kwartiermaker.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The check-in section of an expert's page: the due date, logging, the history, and notes only on request. */
@RecordApplicationEvents
class CheckInSectionTest extends BrowserlessViewTest {

    @Autowired
    CheckInSection section;
    @Autowired
    CheckInService checkIns;
    @Autowired
    SupportFixture fixture;
    @Autowired
    PortalTime time;
    @Autowired
    ApplicationEvents events;

    CheckInPanel shown;
    UserAccount expertAccount;
    UserAccount mentorAccount;
    RegisteredPerson expert;
    RegisteredPerson mentor;
    Mentorship mentorship;

    @BeforeEach
    void anExpertWithAMentorSinceTwoMonths() {
        expertAccount = fixture.account(Role.ERVARINGSDESKUNDIGE);
        mentorAccount = fixture.account(Role.MENTOR);
        String team = "Team " + UUID.randomUUID();
        expert = fixture.expert(expertAccount.id(), team, time.today().minusMonths(2), Set.of());
        mentor = fixture.supporter(mentorAccount.id(), true, false, false, team, 2, Seniority.SENIOR, Set.of());
        mentorship = fixture.active(expert, mentor, SupportKind.MENTOR, time.today().minusMonths(2));
    }

    private CheckInPanel open(UserAccount as) {
        TestAccounts.signInAs(as);
        UI.getCurrent().removeAll();
        CheckInPanel panel = (CheckInPanel) section.render(expert.getId()).orElseThrow();
        UI.getCurrent().add(panel);
        shown = panel;
        return panel;
    }

    /** The section's buttons (its dialogs are tested through their fields). */
    private List<Button> buttons() {
        return descendants(shown).filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> descendants(c)));
    }

    private Button button(String text) {
        return buttons().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no button " + text));
    }

    @Test
    void the_mentor_logs_a_check_in_and_the_history_shows_it_with_the_notes_closed() {
        CheckInPanel panel = open(mentorAccount);
        assertThat(panel.getId()).hasValue("check-ins");
        assertThat(panel.getElement().getTextRecursively()).contains("Te laat")
                .contains("Er zijn nog geen check-ins. Leg na elk gesprek vast");

        click(button("Check-in vastleggen"));
        CheckInDialog dialog = $(CheckInDialog.class).single();
        assertThat(dialog.with.isVisible()).as("one mentorship: no choice").isFalse();
        dialog.goal.setValue("Grenzen aangeven");
        dialog.topics.setValue("De eerste weken");
        dialog.notes.setValue("Moe van de reistijd");
        dialog.form.setValue(CheckInForm.WALK);
        click(dialog.save);

        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("Doel waar jullie aan werken: Grenzen aangeven").contains("Wandelend")
                .contains("Volgende check-in met de mentor").doesNotContain("Moe van de reistijd")
                .doesNotContain("Te laat");
        assertThat(events.stream(SensitiveDataRead.class)).isEmpty();

        click(panel.showNotes);
        assertThat(panel.getElement().getTextRecursively()).contains("Notities: Moe van de reistijd");
        assertThat(events.stream(SensitiveDataRead.class)).singleElement()
                .satisfies(e -> assertThat(e.object()).isEqualTo("begeleiding/" + expert.getId()));
    }

    @Test
    void the_latest_three_check_ins_show_and_the_older_ones_open_with_their_notes_once_the_notes_are_open() {
        TestAccounts.signInAs(mentorAccount);
        for (int weeksAgo = 5; weeksAgo >= 1; weeksAgo--) {
            checkIns.log(mentorship.getId(), new CheckInService.CheckInEntry(time.today().minusWeeks(weeksAgo),
                    CheckInForm.WALK, "Onderwerp " + weeksAgo, "", "", "Notitie " + weeksAgo));
        }
        CheckInPanel panel = open(mentorAccount);
        assertThat(panel.getElement().getTextRecursively()).contains("Onderwerp 1").contains("Onderwerp 3")
                .doesNotContain("Onderwerp 4").contains("2 eerdere check-ins");

        click(panel.showNotes);
        Details older = $(Details.class).withClassName("check-ins-older").single();
        older.setOpened(true);
        assertThat(older.getElement().getTextRecursively()).contains("Onderwerp 5").contains("Notities: Notitie 5");
        assertThat(panel.getElement().getTextRecursively()).contains("Notities: Notitie 1");
    }

    @Test
    void a_future_date_is_refused_at_the_field_and_the_dialog_stays_open() {
        open(mentorAccount);
        click(button("Check-in vastleggen"));
        CheckInDialog dialog = $(CheckInDialog.class).single();
        dialog.heldOn.setValue(time.today().plusDays(2));
        dialog.goal.setValue("Iets");
        click(dialog.save);

        assertThat(dialog.heldOn.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void someone_who_may_see_the_expert_but_not_the_notes_gets_no_notes_button_and_cannot_log() {
        TestAccounts.signInAs(mentorAccount);
        checkIns.log(mentorship.getId(), new CheckInService.CheckInEntry(time.today(), CheckInForm.PHONE, "Rooster",
                "", "", "geheim"));
        UserAccount proposedAccount = fixture.account(Role.MENTOR);
        RegisteredPerson proposed = fixture.supporter(proposedAccount.id(), false, true, true, "", 2, null, Set.of());
        fixture.proposed(expert, proposed, SupportKind.BUDDY, time.now(), null);

        CheckInPanel panel = open(proposedAccount);

        assertThat(panel.getElement().getTextRecursively()).contains("Rooster").doesNotContain("geheim");
        assertThat(buttons()).isEmpty();
    }

    @Test
    void the_expert_edits_only_their_own_check_in() {
        TestAccounts.signInAs(mentorAccount);
        checkIns.log(mentorship.getId(), new CheckInService.CheckInEntry(time.today().minusDays(1),
                CheckInForm.PHONE, "Van de mentor", "", "", ""));
        TestAccounts.signInAs(expertAccount);
        checkIns.log(mentorship.getId(), new CheckInService.CheckInEntry(time.today(), CheckInForm.VIDEO,
                "Van mij", "", "", "eigen notitie"));

        CheckInPanel panel = open(expertAccount);
        List<Button> edits = buttons().stream().filter(b -> b.getText().equals("Check-in aanpassen"))
                .toList();
        assertThat(edits).hasSize(1);
        click(edits.getFirst());
        CheckInDialog dialog = $(CheckInDialog.class).single();
        assertThat(dialog.notes.getValue()).isEqualTo("eigen notitie");
        dialog.topics.setValue("Van mij, aangepast");
        click(dialog.save);
        assertThat(panel.getElement().getTextRecursively()).contains("Van mij, aangepast");
    }

    @Test
    void the_section_costs_a_few_statements_and_reads_no_notes() {
        TestAccounts.signInAs(mentorAccount);
        for (int i = 0; i < 5; i++) {
            checkIns.log(mentorship.getId(), new CheckInService.CheckInEntry(time.today().minusDays(i),
                    CheckInForm.PHONE, "Onderwerp " + i, "", "", "notitie " + i));
        }
        section.render(expert.getId());
        List<String> statements = StatementCounter.statementsOf(() -> section.render(expert.getId()));
        assertThat(statements).hasSizeLessThanOrEqualTo(6)
                .noneMatch(sql -> sql.toLowerCase().matches("(?s).*\\bnotes\\b.*"));
    }
}
