package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.OnboardingPeople;
import nl.kwartiermaker.mentoring.OnboardingPlan;
import nl.kwartiermaker.mentoring.OnboardingService;
import nl.kwartiermaker.mentoring.OnboardingTask;
import nl.kwartiermaker.mentoring.TaskOwner;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The onboarding section as a component, as the expert's page will show it, for each person who sees it. */
class OnboardingSectionTest extends BrowserlessViewTest {

    @Autowired
    OnboardingSection section;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    OnboardingPeople people;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;

    UserAccount coordinator;

    @BeforeEach
    void theCoordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        SignedIn.nobody();
    }

    /** An expert who started {@code daysAgo} days ago, whose plan the register's event started. */
    OnboardingPeople.People startedDaysAgo(int daysAgo) {
        OnboardingPeople.People who = people.expertWithMentorAndBuddy(time.today().minusDays(daysAgo));
        people.registered(who.expertId());
        return who;
    }

    Section shown(long personId) {
        UI.getCurrent().removeAll();
        Component component = section.render(personId).orElseThrow();
        UI.getCurrent().add(component);
        return (Section) component;
    }

    Section panel() {
        return $(Section.class).withClassName("onboarding-plan").single();
    }

    String text() {
        return panel().getElement().getTextRecursively();
    }

    /** Opens every folded part, as someone working through the whole plan would. */
    void unfold() {
        List<Details> closed;
        while (!(closed = $(Details.class).from(panel()).all().stream().filter(d -> !d.isOpened()).toList())
                .isEmpty()) {
            closed.forEach(d -> d.setOpened(true));
        }
    }

    List<Button> buttons() {
        return $(Button.class).from(panel()).all();
    }

    List<Button> buttonsStarting(String ariaStart) {
        return buttons().stream().filter(b -> b.getAriaLabel().orElse("").startsWith(ariaStart)).toList();
    }

    Button button(String text) {
        return buttons().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void the_expert_sees_how_far_the_plan_is_the_late_tasks_and_ticks_off_only_their_own() {
        OnboardingPeople.People who = startedDaysAgo(20);
        TestAccounts.signInAs(who.expertAccount());
        OnboardingPlan plan = onboarding.plan(who.expertId());
        Section shown = shown(who.expertId());

        assertThat(shown.getId()).contains(OnboardingService.ANCHOR);
        assertThat(section.order()).isEqualTo(20);
        int total = plan.tasks().size();
        assertThat(text()).contains("Inwerkplan").contains("0 van " + total + " klaar")
                .contains("Te laat: had klaar moeten zijn op").doesNotContain("Bron: ");
        assertThat($(Details.class).withClassName("onboarding-later").single().getSummaryText())
                .as("the next tasks show, the others are folded away")
                .isEqualTo("Nog " + (total - OnboardingPanel.NEXT_SHOWN) + " open taken");
        Details more = $(Details.class).from(panel()).withClassName("onboarding-more").first();
        more.setOpened(true);
        assertThat(more.getElement().getTextRecursively()).as("the explanation, built when opened")
                .contains(plan.tasks().getFirst().getDescription()).contains("Bron: 00");
        unfold();
        assertThat(text()).contains("Wie: Ervaringsdeskundige").contains("Wie: Mentor");
        long expertTasks = plan.tasks().stream().filter(t -> t.getOwner() == TaskOwner.EXPERT).count();
        List<Button> done = buttonsStarting("Klaar: ");
        assertThat(done).hasSize((int) expertTasks);
        assertThat(buttonsStarting("Niet van toepassing: ")).hasSize((int) expertTasks);
        assertThat(buttonsStarting("Datum wijzigen")).as("only the coordinator moves dates").isEmpty();
        assertThat($(Details.class).withClassName("onboarding-own").all()).as("only the coordinator adds").isEmpty();

        click(done.getFirst());

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Klaar: "));
        assertThat(text()).contains("1 van " + total + " klaar");
        Details finished = $(Details.class).withClassName("onboarding-finished").single();
        assertThat(finished.getSummaryText()).isEqualTo("Klaar of niet van toepassing (1)");
        unfold();
        assertThat(buttonsStarting("Weer openzetten: ")).hasSize(1);
    }

    @Test
    void the_buddy_reads_the_plan_without_any_button_and_the_mentor_ticks_off_the_mentor_s_tasks() {
        OnboardingPeople.People who = startedDaysAgo(0);
        TestAccounts.signInAs(who.buddy());
        shown(who.expertId());
        assertThat(text()).contains("Nog te doen");
        unfold();
        assertThat(buttons()).isEmpty();

        TestAccounts.signInAs(who.mentor());
        shown(who.expertId());
        unfold();
        long mentorTasks = onboarding.plan(who.expertId()).tasks().stream()
                .filter(t -> t.getOwner() == TaskOwner.MENTOR).count();
        assertThat(buttonsStarting("Klaar: ")).hasSize((int) mentorTasks);
    }

    @Test
    void without_a_start_date_the_page_says_what_comes_first_and_the_coordinator_starts_the_plan_once_it_is_set() {
        OnboardingPeople.People who = people.expertWithMentorAndBuddy(null);
        people.registered(who.expertId());
        TestAccounts.signInAs(who.expertAccount());
        shown(who.expertId());
        assertThat(text()).contains("De coördinator zet het klaar");

        TestAccounts.signInAs(coordinator);
        shown(who.expertId());
        assertThat(text()).contains("omdat de startdatum nog niet bekend is");
        assertThat(buttons()).extracting(Button::getText).doesNotContain("Plan starten");

        people.setStartDate(who.expertId(), time.today().plusDays(7));
        shown(who.expertId());
        click(button("Plan starten"));
        int total = onboarding.plan(who.expertId()).tasks().size();
        assertThat(total).isPositive();
        assertThat(notificationTexts()).contains("Het inwerkplan is gestart met " + total + " taken.");
        assertThat(text()).contains("0 van " + total + " klaar");
    }

    @Test
    void the_coordinator_adds_moves_and_after_confirming_removes_an_own_task() {
        OnboardingPeople.People who = startedDaysAgo(3);
        TestAccounts.signInAs(coordinator);
        shown(who.expertId());
        assertThat($(OnboardingPanel.OwnTaskRow.class).all()).as("built when opened").isEmpty();
        $(Details.class).withClassName("onboarding-own").single().setOpened(true);
        OnboardingPanel.OwnTaskRow row = $(OnboardingPanel.OwnTaskRow.class).single();
        click(row.add);
        assertThat(notificationTexts()).contains("Geef de taak een naam van hoogstens 200 tekens.");
        assertThat(row.title.isInvalid()).isTrue();

        test(row.title).setValue("Laptop en pasje regelen");
        row.owner.setValue(TaskOwner.HR);
        row.due.setValue(time.today().plusDays(30));
        click(row.add);
        assertThat(notificationTexts()).contains("De taak \"Laptop en pasje regelen\" is toegevoegd.");
        unfold();
        assertThat(text()).contains("Laptop en pasje regelen").contains("Wie: HR");

        click(buttonsStarting("Datum wijzigen: Laptop").getFirst());
        TaskDueDialog dialog = $(TaskDueDialog.class).all().stream().filter(Dialog::isOpened).findFirst()
                .orElseThrow();
        LocalDate later = time.today().plusDays(40);
        dialog.date.setValue(later);
        click(dialog.save);
        OnboardingTask own = onboarding.plan(who.expertId()).tasks().getLast();
        assertThat(own.getDueOn()).isEqualTo(later);
        unfold();

        click(buttonsStarting("Verwijderen: Laptop").getFirst());
        ConfirmDialog confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .findFirst().orElseThrow();
        assertThat(onboarding.plan(who.expertId()).tasks()).extracting(OnboardingTask::getId)
                .as("not before confirming").contains(own.getId());
        test(confirmation).confirm();
        assertThat(onboarding.plan(who.expertId()).tasks()).extracting(OnboardingTask::getTitle)
                .doesNotContain("Laptop en pasje regelen");
        unfold();
        assertThat(text()).doesNotContain("Laptop en pasje regelen");
        assertThat(buttonsStarting("Verwijderen: ")).as("template tasks are set aside, not removed").isEmpty();
    }
}
