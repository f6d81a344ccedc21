package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.GoalStatus;
import nl.kwartiermaker.mentoring.GrowthPlanService;
import nl.kwartiermaker.mentoring.OnboardingPeople;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The growth plan section as a component, as the expert's page will show it, for each person who sees it. */
class GrowthPlanSectionTest extends BrowserlessViewTest {

    @Autowired
    GrowthPlanSection section;
    @Autowired
    OnboardingPeople people;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;

    UserAccount coordinator;
    OnboardingPeople.People who;

    @BeforeEach
    void anExpertWithAMentor() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        coordinator = TestAccounts.withRole(users, Role.COORDINATOR);
        who = people.expertWithMentorAndBuddy(time.today().minusMonths(1));
    }

    boolean shown() {
        UI.getCurrent().removeAll();
        section.render(who.expertId()).ifPresent(UI.getCurrent()::add);
        return $(Section.class).withClassName("growth-plan").exists();
    }

    Section panel() {
        return $(Section.class).withClassName("growth-plan").single();
    }

    String text() {
        return panel().getElement().getTextRecursively();
    }

    List<Button> buttons() {
        return $(Button.class).from(panel()).all();
    }

    Button button(String text) {
        return buttons().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    void addGoal(String goal, String actions) {
        click(button("Doel toevoegen"));
        GoalDialog dialog = $(GoalDialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        assertThat(dialog.status.isVisible()).as("a new goal is active").isFalse();
        test(dialog.goal).setValue(goal);
        test(dialog.actions).setValue(actions);
        dialog.reviewOn.setValue(time.today().plusWeeks(4));
        click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void the_expert_reads_the_one_goal_advice_writes_goals_and_is_warned_gently_about_a_second_one() {
        TestAccounts.signInAs(who.expertAccount());
        assertThat(shown()).isTrue();
        assertThat($(Section.class).withClassName("growth-plan").single().getId()).contains(GrowthPlanService.ANCHOR);
        assertThat(section.order()).isEqualTo(40);
        assertThat(text()).contains("Werk aan één doel tegelijk.").contains("Je hebt nog geen doelen.");

        addGoal("Zelfstandig een huisbezoek doen", "Twee keer meelopen\nDaarna zelf, met nabespreking");
        assertThat(text()).contains("Zelfstandig een huisbezoek doen").contains("Twee keer meelopen")
                .contains("Daarna zelf, met nabespreking").contains("Nog niet besproken")
                .doesNotContain("doelen open");

        addGoal("Mijn verhaal leren vertellen", "");
        assertThat(text()).contains("Er staan nu 2 doelen open. Eén doel tegelijk werkt meestal beter.");

        click(buttons().stream().filter(b -> b.getAriaLabel().orElse("")
                .equals("Doel bewerken: Mijn verhaal leren vertellen")).findFirst().orElseThrow());
        GoalDialog edit = $(GoalDialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        edit.status.setValue(GoalStatus.STOPPED);
        click(edit.save);
        assertThat(text()).doesNotContain("doelen open").contains("Afgeronde doelen (1)");
    }

    @Test
    void the_mentor_reads_the_goals_and_records_a_review_but_writes_none() {
        TestAccounts.signInAs(who.expertAccount());
        shown();
        addGoal("Grenzen leren bewaken", "");

        TestAccounts.signInAs(who.mentor());
        assertThat(shown()).isTrue();
        assertThat(text()).contains("Grenzen leren bewaken").contains("Kies samen met de ervaringsdeskundige");
        assertThat(buttons()).extracting(Button::getText).doesNotContain("Doel toevoegen", "Doel bewerken");
        click(button("Besproken"));
        assertThat(text()).contains("Laatst besproken op");
    }

    @Test
    void the_coordinator_sees_that_the_plan_exists_but_none_of_its_texts_and_the_buddy_sees_nothing() {
        TestAccounts.signInAs(who.expertAccount());
        shown();
        addGoal("Een eigen spreekuur opzetten", "Vragen aan de teamleider");

        TestAccounts.signInAs(coordinator);
        assertThat(shown()).isTrue();
        assertThat(text()).contains("Er is een groeiplan met 1 doel waar nu aan gewerkt wordt.")
                .contains("Nog niet besproken.").doesNotContain("spreekuur").doesNotContain("teamleider");
        assertThat(buttons()).isEmpty();

        TestAccounts.signInAs(who.buddy());
        assertThat(shown()).isFalse();
    }
}
