package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.Employment;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.MentoringOverviewService.ExpertRow;
import nl.kwartiermaker.mentoring.MentoringRegisterService;
import nl.kwartiermaker.mentoring.PersonForm;
import nl.kwartiermaker.mentoring.RegisterTestPeople;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BegeleidingViewsTest extends BrowserlessViewTest {

    @Autowired
    MentoringRegisterService register;
    @Autowired
    RegisterTestPeople people;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount coordinator;
    String team;

    @BeforeEach
    void coordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        TestAccounts.signInAs(coordinator);
        team = "Team " + UUID.randomUUID();
    }

    UserAccount account(Role role) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser("h1-" + UUID.randomUUID() + "@test.nl",
                "Persoon " + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(role), "een lang wachtwoord"));
        TestAccounts.signInAs(coordinator);
        return account;
    }

    Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst()
                .orElseThrow();
    }

    List<String> links() {
        return $(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }

    String text(String className) {
        return $(Section.class).withClassName(className).single().getElement().getTextRecursively();
    }

    @Test
    void the_coordinator_sees_every_expert_with_warnings_and_filters_by_team_and_warnings() {
        long alone = people.expert(null, team, time.today());
        long other = people.expert(null, "Ander " + team, time.today());
        long mentor = people.supporter(null);
        people.activeMentor(other, mentor, time.today());
        people.proposedBuddy(other, mentor);

        BegeleidingView view = navigate("begeleiding", BegeleidingView.class);
        List<ExpertRow> shown = view.experts.getListDataView().getItems().toList();
        ExpertRow aloneRow = shown.stream().filter(e -> e.id() == alone).findFirst().orElseThrow();
        assertThat(aloneRow.warnings()).isNotEmpty();
        assertThat(shown).anyMatch(e -> e.id() == other);
        assertThat(text("begeleiding-supporters")).contains("begeleidt 1 van 3");

        view.team.setValue(team);
        assertThat(view.experts.getListDataView().getItems()).extracting(ExpertRow::id).containsExactly(alone);
        view.team.clear();
        view.onlyWarnings.setValue(true);
        assertThat(view.experts.getListDataView().getItems()).allMatch(e -> !e.warnings().isEmpty());
    }

    @Test
    void the_coordinator_adds_a_person_in_the_dialog_and_lands_on_their_page() {
        navigate("begeleiding", BegeleidingView.class);
        click(button("Persoon toevoegen"));
        PersonDialog dialog = $(PersonDialog.class).single();
        click(dialog.save);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Vul een naam in"));
        assertThat(dialog.isOpened()).isTrue();

        String name = "Nieuwe collega " + UUID.randomUUID().toString().substring(0, 6);
        test(dialog.name).setValue(name);
        test(dialog.team).setValue(team);
        dialog.startDate.setValue(time.today());
        dialog.employment.setValue(Employment.PAID);
        dialog.hours.setValue(20);
        dialog.themes.setValue(Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE));
        click(dialog.save);

        assertThat(getCurrentView()).isInstanceOf(PersonPageView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(name);
        assertThat(text("begeleiding-profile")).contains(team, "Schulden en armoede", "Betaald", "20 uur per week");
    }

    @Test
    void the_dialog_hides_the_fields_that_do_not_apply() {
        navigate("begeleiding", BegeleidingView.class);
        click(button("Persoon toevoegen"));
        PersonDialog dialog = $(PersonDialog.class).single();
        assertThat(dialog.startDate.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(dialog.capacity.getParent().orElseThrow().isVisible()).isFalse();
        dialog.expert.setValue(false);
        dialog.offersBuddy.setValue(true);
        assertThat(dialog.startDate.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(dialog.capacity.getParent().orElseThrow().isVisible()).isTrue();
    }

    @Test
    void a_mentor_sees_their_mentees_and_the_proposals_waiting_for_their_answer() {
        UserAccount mentorAccount = account(Role.MENTOR);
        long mentor = people.supporter(mentorAccount.id());
        long mentee = people.expert(null, team, time.today());
        long asked = people.expert(null, team, time.today());
        people.activeMentor(mentee, mentor, time.today());
        people.proposedBuddy(asked, mentor);

        TestAccounts.signInAs(mentorAccount);
        navigate("begeleiding", BegeleidingView.class);
        assertThat(links()).contains("begeleiding/" + mentee, "begeleiding/" + asked, "begeleiding/" + mentor);
        assertThat(text("begeleiding-mine")).contains("Wie je begeleidt", "Voorstellen die op je antwoord wachten");
        assertThat($(Button.class).all()).noneMatch(b -> "Persoon toevoegen".equals(b.getText()));
        assertThat($(Section.class).withClassName("begeleiding-experts").all()).as("no coordinator's overview")
                .isEmpty();
    }

    @Test
    void an_expert_not_yet_registered_is_told_whom_to_ask_and_a_registered_one_finds_their_page() {
        UserAccount newcomer = account(Role.ERVARINGSDESKUNDIGE);
        TestAccounts.signInAs(newcomer);
        navigate("begeleiding", BegeleidingView.class);
        assertThat(text("begeleiding-mine")).contains("Vraag de coördinator ervaringsdeskundigheid");

        TestAccounts.signInAs(coordinator);
        long own = people.expert(newcomer.id(), team, time.today());
        TestAccounts.signInAs(newcomer);
        navigate("begeleiding", BegeleidingView.class);
        assertThat(links()).contains("begeleiding/" + own);
        navigate("begeleiding/" + own, PersonPageView.class);
        assertThat(button("Persoonlijke notities tonen").isVisible()).isTrue();
        assertThat($(Button.class).all()).as("only the coordinator edits").noneMatch(b -> "Gegevens wijzigen"
                .equals(b.getText()));
    }

    @Test
    void someone_who_may_not_see_the_person_gets_the_not_found_page() {
        long expert = people.expert(null, team, time.today());
        TestAccounts.signInAs(account(Role.MENTOR));
        navigate("begeleiding/" + expert, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        navigate("begeleiding/geen-nummer", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    long auditLines(long personId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'SENSITIVE_DATA_READ'"
                + " and object_ref = ?", Long.class, "begeleiding/" + personId);
    }

    @Test
    void the_notes_stay_closed_until_asked_for_and_each_opening_is_one_audit_line() {
        long expert = people.expert(null, team, time.today());
        navigate("begeleiding/" + expert, PersonPageView.class);
        assertThat(auditLines(expert)).as("opening the page reads no notes").isZero();
        PersonPageView.NotesBlock notes = $(PersonPageView.NotesBlock.class).single();
        assertThat(notes.situation).as("built when opened").isNull();

        click(notes.open);
        assertThat(auditLines(expert)).isEqualTo(1);
        test(notes.situation).setValue("Net verhuisd");
        click(notes.save);
        assertThat(notificationTexts()).contains("De notities zijn opgeslagen.");

        navigate("begeleiding/" + expert, PersonPageView.class);
        PersonPageView.NotesBlock again = $(PersonPageView.NotesBlock.class).single();
        assertThat(auditLines(expert)).isEqualTo(1);
        click(again.open);
        assertThat(again.situation.getValue()).isEqualTo("Net verhuisd");
        assertThat(auditLines(expert)).isEqualTo(2);
    }

    @Test
    void a_proposed_buddy_sees_the_page_without_the_notes() {
        UserAccount buddyAccount = account(Role.ERVARINGSDESKUNDIGE);
        long buddy = people.supporter(buddyAccount.id());
        long expert = people.expert(null, team, time.today());
        people.proposedBuddy(expert, buddy);

        TestAccounts.signInAs(buddyAccount);
        navigate("begeleiding/" + expert, PersonPageView.class);
        assertThat($(PersonPageView.NotesBlock.class).all()).isEmpty();
    }

    @Test
    void the_sections_of_the_other_parts_follow_the_profile_in_their_order() {
        long expert = people.expert(null, team, time.today());
        TestSections.SHOWN_FOR.add(expert);
        try {
            navigate("begeleiding/" + expert, PersonPageView.class);
            Div body = (Div) $(Section.class).withClassName("begeleiding-profile").single().getParent().orElseThrow();
            List<String> order = body.getChildren().map(c -> c.getClassNames().stream().findFirst().orElse(""))
                    .filter(c -> c.startsWith("test-section") || c.startsWith("begeleiding-")).toList();
            assertThat(order).containsExactly("begeleiding-profile", "begeleiding-notes", "test-section-earlier",
                    "test-section-later");
        } finally {
            TestSections.SHOWN_FOR.remove(expert);
        }
    }

    @Test
    void the_coordinator_marks_someone_as_left_after_confirming_and_they_leave_the_overview() {
        long id = register.register(new PersonForm("Vertrekt " + UUID.randomUUID(), "", null, true, time.today(),
                team, null, Set.of(), Employment.VOLUNTEER, null, false, false, null, 0, true, "", false)).getId();
        navigate("begeleiding/" + id, PersonPageView.class);
        click(button("Vertrek vastleggen"));
        ConfirmDialog confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .findFirst().orElseThrow();
        assertThat(register.page(id).person().hasLeft()).as("not before confirming").isFalse();
        test(confirmation).confirm();

        assertThat(register.page(id).person().hasLeft()).isTrue();
        assertThat($(Button.class).all()).noneMatch(b -> "Gegevens wijzigen".equals(b.getText()) && b.isAttached());
        BegeleidingView list = navigate("begeleiding", BegeleidingView.class);
        assertThat(list.experts.getListDataView().getItems()).noneMatch(e -> e.id() == id);
    }

    @Test
    void the_coordinator_finds_how_many_experts_have_warnings_on_the_overzicht_and_other_staff_no_card() {
        people.expert(null, team, time.today());
        navigate("", com.vaadin.flow.component.Component.class);
        Div card = $(Div.class).withClassName("begeleiding-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("een waarschuwing", "Naar Begeleiding");
        assertThat(test(card).find(Anchor.class).single().getHref()).isEqualTo("begeleiding");

        TestAccounts.signInAs(account(Role.MEDEWERKER));
        // the Overzicht is built when it opens, so leave it first, as a new sign-in would
        navigate("kennisbank", com.vaadin.flow.component.Component.class);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat($(Div.class).withClassName("begeleiding-card").all()).isEmpty();
    }

    @Test
    void the_overview_and_a_page_cost_the_same_statements_for_few_and_for_many_experts() {
        long expert = people.expert(null, team, time.today());
        var overviewFew = statementsToOpen("begeleiding");
        var pageFew = statementsToOpen("begeleiding/" + expert);
        for (int n = 0; n < 30; n++) {
            people.activeMentor(people.expert(null, team, time.today()), people.supporter(null), time.today());
        }
        var overviewMany = statementsToOpen("begeleiding");
        var pageMany = statementsToOpen("begeleiding/" + expert);
        assertThat(overviewMany).hasSize(overviewFew.size());
        assertThat(pageMany).hasSize(pageFew.size());
        // the person (once per request), their own entry, then the coordinator's overview (see its service test)
        assertThat(overviewFew).hasSize(8);
        // the person and the entry (the traject names are not read without a traject, the account name without an
        // account), then each of the six sections reads the person, how the signed-in person stands towards them and
        // its own rows; a known cost of sections that know nothing of each other, fixed however many experts exist
        assertThat(pageFew).hasSize(18);
    }
}
