package nl.kwartiermaker.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.IntervisionFixture;
import nl.kwartiermaker.mentoring.SupervisionFocus;
import nl.kwartiermaker.mentoring.SupervisionService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Supervision on an expert's page: the coordinator arranges, plans and ends it; the expert reads it. */
class SupervisionSectionTest extends BrowserlessViewTest {

    @Autowired
    SupervisionSection section;
    @Autowired
    SupervisionService supervision;
    @Autowired
    IntervisionFixture people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    UserAccount coordinator;
    UserAccount expertAccount;
    long expert;
    long supervisor;

    @BeforeEach
    void anExpertAndASupervisor() {
        coordinator = account(Role.COORDINATOR);
        expertAccount = account(Role.ERVARINGSDESKUNDIGE);
        expert = people.expert(expertAccount.id());
        supervisor = people.supervisor(null);
        SignedIn.as(coordinator.email(), Role.COORDINATOR);
        navigate(IntervisionView.class);
    }

    UserAccount account(Role role) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        return users.create(new UserService.NewUser(role.name().toLowerCase() + "-" + UUID.randomUUID()
                + "@example.nl", "Begeleiding " + role.name() + " " + UUID.randomUUID(), EnumSet.of(role), "een lang wachtwoord"));
    }

    /** The section as the expert's page shows it, attached so its buttons can be used. */
    Component shown() {
        Component rendered = section.render(expert).orElseThrow();
        UI.getCurrent().add(rendered);
        return rendered;
    }

    Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    <T extends Dialog> T openDialog(Class<T> type) {
        return $(type).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
    }

    @Test
    void the_coordinator_arranges_supervision_plans_the_next_session_and_ends_it_after_confirming() {
        Component shown = shown();
        assertThat(shown.getId()).contains("supervisie");
        assertThat(shown.getElement().getTextRecursively()).contains("Er is nog geen supervisie geregeld.");

        click(button("Supervisie regelen"));
        SupervisionDialog dialog = openDialog(SupervisionDialog.class);
        dialog.supervisor.setValue(dialog.supervisor.getListDataView().getItems().filter(p -> p.id() == supervisor)
                .findFirst().orElseThrow());
        assertThat(dialog.supervisor.getItemLabelGenerator().apply(dialog.supervisor.getValue()))
                .endsWith("(ervaringsdeskundige)");
        dialog.focus.setValue(SupervisionFocus.CONTENT);
        click(dialog.save);
        String name = people.nameOf(supervisor);
        assertThat(shown.getElement().getTextRecursively()).contains("Supervisie met " + name,
                "Over: De inhoud van het werk. Hoe vaak: Elke maand.", "Nog geen volgende sessie gepland.");

        click(button("Volgende sessie plannen"));
        SupervisionSessionDialog plan = openDialog(SupervisionSessionDialog.class);
        plan.when.date.setValue(LocalDateTime.ofInstant(clock.instant(), PortalTime.ZONE).toLocalDate().plusDays(5));
        test(plan.location).setValue("Kamer 3");
        click(plan.save);
        assertThat(notificationTexts()).contains("De sessie is gepland en de uitnodigingen zijn verstuurd.");
        assertThat(shown.getElement().getTextRecursively()).contains("Volgende sessie:", "Kamer 3");

        click(button("Supervisie beëindigen"));
        test($(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow())
                .confirm();
        assertThat(supervision.forExpert(expert).arrangements()).isEmpty();
        assertThat(shown.getElement().getTextRecursively()).contains("Er is nog geen supervisie geregeld.");
    }

    @Test
    void the_expert_reads_their_supervision_without_buttons_and_is_told_whom_to_ask_when_there_is_none() {
        SignedIn.as(expertAccount.email(), Role.ERVARINGSDESKUNDIGE);
        assertThat(shown().getElement().getTextRecursively())
                .contains("Vraag het de coördinator ervaringsdeskundigheid.");

        SignedIn.as(coordinator.email(), Role.COORDINATOR);
        supervision.arrange(expert, new nl.kwartiermaker.mentoring.SupervisionForm(supervisor,
                SupervisionFocus.BOTH, nl.kwartiermaker.mentoring.CheckInRhythm.EVERY_SIX_WEEKS));
        SignedIn.as(expertAccount.email(), Role.ERVARINGSDESKUNDIGE);
        Component shown = shown();
        assertThat(shown.getElement().getTextRecursively()).contains("Supervisie met " + people.nameOf(supervisor),
                "Elke zes weken");
        assertThat(shown.getElement().getTextRecursively()).doesNotContain("Supervisie regelen",
                "Supervisie beëindigen");
    }

    @Test
    void someone_who_sees_the_expert_but_not_their_supervision_gets_no_section() {
        UserAccount otherSupervisor = account(Role.MENTOR);
        long other = people.supervisor(otherSupervisor.id());
        SignedIn.as(coordinator.email(), Role.COORDINATOR);
        supervision.arrange(expert, new nl.kwartiermaker.mentoring.SupervisionForm(supervisor,
                SupervisionFocus.BOTH, nl.kwartiermaker.mentoring.CheckInRhythm.MONTHLY));
        supervision.arrange(expert, new nl.kwartiermaker.mentoring.SupervisionForm(other,
                SupervisionFocus.PERSONAL, nl.kwartiermaker.mentoring.CheckInRhythm.MONTHLY));

        SignedIn.as(otherSupervisor.email(), Role.MENTOR);
        assertThat(section.render(expert).orElseThrow().getElement().getTextRecursively())
                .as("a supervisor sees their own arrangement only").contains(people.nameOf(other))
                .doesNotContain(people.nameOf(supervisor));
    }
}
