package nl.kwartiermaker.traject.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.ActivityForm;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectActivityService;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StaffTrajectCardTest extends BrowserlessViewTest {

    @Autowired
    TrajectService trajecten;
    @Autowired
    TrajectActivityService activities;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;

    UserAccount lead;
    UserAccount colleague;
    Traject traject;

    @BeforeEach
    void aTrajectWithAColleagueAndAMeeting() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        lead = TestAccounts.withRole(users, Role.PROJECTLEIDER);
        // a person of this run only, so the card shows this test's traject
        colleague = users.create(new UserService.NewUser("collega-" + run + "@test.nl", "Collega " + run,
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        TestAccounts.signInAs(lead);
        traject = trajecten.create(new TrajectForm("Wijkteam " + run, "Wijkteam Zuid", StartingPoint.VERANDERING, "",
                EnumSet.of(Domain.HULPVERLENING), EnumSet.of(ExpertRole.ONDERSTEUNER), lead.id(), time.today(), false,
                "", 2, "Leiding", "Senior", false, Set.of(colleague.id())));
        activities.addActivity(traject.getId(), new ActivityForm("Informatiebijeenkomst", time.today().plusWeeks(1),
                "Zaal 2", ""));
    }

    String card(String className) {
        return $(Div.class).withClassName(className).all().stream().map(d -> d.getElement().getTextRecursively())
                .findFirst().orElse("");
    }

    @Test
    void staff_read_their_traject_in_words_with_who_to_ask_and_the_coming_meeting_instead_of_the_project_view() {
        TestAccounts.signInAs(colleague);
        UI.getCurrent().navigate("");
        String card = card("staff-traject-card");
        assertThat(card).contains("Ons traject in gewone woorden").contains(traject.getName())
                .contains("We zitten in de verkenning. De werkgroep onderzoekt of werken met ervaringsdeskundigen "
                        + "past bij Wijkteam Zuid")
                .contains("Wat komt hierna?")
                .contains("Vragen? Stel ze aan " + lead.displayName() + ", de projectleider.")
                .contains("Informatiebijeenkomst (Zaal 2)");
        assertThat($(H2.class).all()).extracting(H2::getText).as("not the project lead's view")
                .doesNotContain("Jouw trajecten");
    }

    @Test
    void the_project_lead_keeps_the_project_view() {
        TestAccounts.signInAs(lead);
        UI.getCurrent().navigate("");
        assertThat(card("staff-traject-card")).isEmpty();
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Jouw trajecten");
    }
}
