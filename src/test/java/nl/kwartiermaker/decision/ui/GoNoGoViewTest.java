package nl.kwartiermaker.decision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.decision.GoNoGoService;
import nl.kwartiermaker.decision.Outcome;
import nl.kwartiermaker.decision.Rating;
import nl.kwartiermaker.readiness.AnswerValue;
import nl.kwartiermaker.readiness.ScanAnsweringService;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundForm;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanRound;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GoNoGoViewTest extends BrowserlessViewTest {

    @Autowired
    TrajectService trajecten;
    @Autowired
    GoNoGoService decisions;
    @Autowired
    UserService users;
    @Autowired
    ScanRoundService rounds;
    @Autowired
    ScanAnsweringService answering;
    @Autowired
    nl.kwartiermaker.MutableClock clock;

    UserAccount lead;
    UserAccount member;
    Traject traject;

    @BeforeEach
    void traject() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        lead = TestAccounts.withRole(users, Role.PROJECTLEIDER);
        member = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(lead);
        traject = trajecten.create(new TrajectForm("Besluit " + UUID.randomUUID().toString().substring(0, 6), "Team",
                StartingPoint.DROOM, "", EnumSet.of(Domain.BELEID), EnumSet.of(ExpertRole.ONDERZOEKER), lead.id(),
                LocalDate.now(), false, "", 2, "Leiding", "Senior", false,
                Set.of(member.id())));
    }

    @Test
    void the_project_lead_records_a_go_after_rating_every_precondition_and_confirming() {
        GoNoGoView view = navigate("trajecten/" + traject.getId() + "/besluit", GoNoGoView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Er is nog geen afgesloten ronde van de gereedheidsscan"));
        view.outcome.setValue(Outcome.GO);
        test(view.rationale).setValue("Alles op orde");
        test(view.decisionMakers).setValue("MT");
        test(view.record).click();
        $(ConfirmDialog.class).single().getElement().callJsFunction("close");
        view.save();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Beoordeel de randvoorwaarde"));
        assertThat(decisions.history(traject.getId())).isEmpty();

        view.ratings.values().forEach(r -> r.setValue(Rating.VOLDOENDE));
        view.motives.setValue(Set.of(view.motives.getListDataView().getItems()
                .filter(m -> m.key().equals("voor-pr")).findFirst().orElseThrow()));
        assertThat($(Paragraph.class).withClassName("warning-line").all()).hasSize(1);
        view.save();

        assertThat(decisions.current(traject.getId())).map(d -> d.getOutcome()).contains(Outcome.GO);
        assertThat(trajecten.find(traject.getId()).orElseThrow().getStage()).isEqualTo(Stage.FASE_1);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Go"));
    }

    @Test
    void not_yet_asks_for_a_review_date() {
        GoNoGoView view = navigate("trajecten/" + traject.getId() + "/besluit", GoNoGoView.class);
        assertThat(view.reviewDate.isVisible()).isFalse();
        view.outcome.setValue(Outcome.NOT_YET);
        assertThat(view.reviewDate.isVisible()).isTrue();
    }

    @Test
    void the_date_pickers_offer_only_the_dates_the_service_accepts() {
        GoNoGoView view = navigate("trajecten/" + traject.getId() + "/besluit", GoNoGoView.class);
        var dates = trajecten.participants(traject.getId()).orElseThrow().dates();
        assertThat(view.decidedOn.getMin()).isEqualTo(dates.earliest());
        assertThat(view.reviewDate.getMax()).isEqualTo(dates.latest());
        view.decidedOn.setValue(LocalDate.now().minusDays(10));
        assertThat(view.reviewDate.getMin()).as("a review comes after the decision")
                .isEqualTo(LocalDate.now().minusDays(9));

        view.outcome.setValue(Outcome.NOT_YET);
        view.ratings.values().forEach(r -> r.setValue(Rating.VOLDOENDE));
        test(view.rationale).setValue("Eerst budget");
        test(view.conditions).setValue("Budget geregeld");
        test(view.decisionMakers).setValue("MT");
        view.reviewDate.setValue(LocalDate.of(9999, 12, 31));
        view.save();
        String message = "Kies een datum om het besluit opnieuw te bekijken tot en met 31 december "
                + dates.lastYear() + ".";
        assertThat(notificationTexts()).contains(message);
        assertThat(view.reviewDate.getErrorMessage()).isEqualTo(message);
        assertThat(decisions.history(traject.getId())).isEmpty();
    }

    @Test
    void members_see_the_decision_but_no_form() {
        TestAccounts.signInAs(member);
        GoNoGoView view = navigate("trajecten/" + traject.getId() + "/besluit", GoNoGoView.class);
        assertThat(view.record.isAttached()).isFalse();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Er is nog geen besluit. De projectleider legt het besluit vast.");
    }

    @Test
    void the_latest_closed_scan_round_is_summarised_with_a_link_to_its_results() {
        ScanRound round = rounds.createRound(traject.getId(), new RoundForm("Nulmeting besluit", LocalDate.ofInstant(
                clock.instant(), java.time.ZoneId.of("Europe/Amsterdam")), LocalDate.ofInstant(clock.instant(),
                java.time.ZoneId.of("Europe/Amsterdam")).plusWeeks(1), Set.of(RespondentGroup.MEDEWERKERS), null));
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        java.util.Map<Long, AnswerValue> answers = new java.util.HashMap<>();
        rounds.questions(round.getId()).stream().filter(q -> !q.isOpenQuestion()).forEach(q -> answers.put(q.getId(),
                AnswerValue.score(q.isReverseScored() ? 2 : 4)));
        for (int i = 0; i < 5; i++) {
            answering.submit(token, answers);
        }
        rounds.close(round.getId(), round.getVersion());

        navigate("trajecten/" + traject.getId() + "/besluit", GoNoGoView.class);

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Ronde \"Nulmeting besluit\" met 5 respondenten:");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Kennis en beeldvorming: 4,0");
        assertThat($(Anchor.class).all()).extracting(a -> a.getHref())
                .contains("scans/" + round.getId() + "/resultaten");
    }
}
