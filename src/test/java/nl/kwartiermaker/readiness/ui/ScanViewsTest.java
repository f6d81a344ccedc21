package nl.kwartiermaker.readiness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.ManyRows;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.readiness.AnswerValue;
import nl.kwartiermaker.readiness.ScanResultsService;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanInvitationIssued;
import nl.kwartiermaker.readiness.ScanResults;
import nl.kwartiermaker.readiness.ScanRound;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ScanViewsTest extends BrowserlessViewTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ScanRoundService rounds;
    @Autowired
    ScanResultsService scanResults;
    @Autowired
    TrajectService trajecten;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;

    ScanFixture fixture;

    @BeforeEach
    void traject() {
        fixture = new ScanFixture(context);
    }

    private String html(com.vaadin.flow.component.Component view) {
        return view.getElement().getOuterHTML();
    }

    /** What a browser sends when the person picks an answer: a change event on the statement's fieldset. */
    static void choose(LikertScale statement, int value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.value", String.valueOf(value));
        statement.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(statement.getElement(), "change", data));
    }

    /** Answers every statement from this screen on with {@code value}, moving forward with "Volgende". */
    private void answerEverything(ScanAnswerView view, int value) {
        while (true) {
            view.statements.values().forEach(statement -> choose(statement, value));
            if (!view.next.isVisible()) {
                return;
            }
            test(view.next).click();
        }
    }

    @Test
    void an_expert_by_experience_answers_the_statements_written_for_experts() {
        ScanRound round = fixture.round(RespondentGroup.ERVARINGSDESKUNDIGEN);
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.ERVARINGSDESKUNDIGEN));
        SignedIn.nobody();

        ScanAnswerView view = navigate("scan/" + token, ScanAnswerView.class);

        assertThat(view.statements.values()).extracting(LikertScale::getLegendText).containsExactly(
                "In onze organisatie weten de mensen wat ervaringskennis is.",
                "Reguliere collega’s weten wat een ervaringsdeskundige anders doet dan zij.",
                "In onze organisatie is bekend dat er verschillende beelden bestaan van wat ervaringsdeskundigheid is.",
                "In onze organisatie is het eigenlijk niet duidelijk wat een ervaringsdeskundige komt doen.");
        test(view.next).click();
        test(view.next).click();
        test(view.next).click();
        assertThat(view.statements.values()).extracting(LikertScale::getLegendText)
                .contains("Ik maak me zorgen dat reguliere collega’s ervaringsdeskundigen zien als mensen die hun "
                        + "werk overnemen.")
                .noneMatch(text -> text.contains("door mijn collega’s of mij"));
    }

    @Test
    void an_english_respondent_is_told_the_statements_are_dutch_and_only_they_carry_lang_nl() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        SignedIn.nobody();
        UI.getCurrent().setLocale(PortalLocales.ENGLISH);

        ScanAnswerView view = navigate("scan/" + token, ScanAnswerView.class);

        assertThat($(Div.class).withClassName("dutch-content-notice").all()).hasSize(1);
        assertThat(view.statements.values()).isNotEmpty().allSatisfy(statement -> assertThat(
                statement.getLegend().getElement().getAttribute("lang")).isEqualTo("nl"));
        assertThat($(H2.class).withClassName("scan-theme-title").single().getElement().getAttribute("lang"))
                .isEqualTo("nl");
        assertThat(view.next.getElement().getAttribute("lang")).isNull();
        assertThat(view.next.getText()).isEqualTo("Next");
    }

    @Test
    void the_answer_page_shows_one_theme_at_a_time_keeps_answers_and_names_what_is_still_open() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        SignedIn.nobody();

        ScanAnswerView view = navigate("scan/" + token, ScanAnswerView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Nulmeting");
        assertThat(view.progress.getText()).isEqualTo("Thema 1 van 11 · 0 van 31 stellingen beantwoord");
        assertThat(html(view)).contains("Het invullen duurt ongeveer 10 minuten: 31 stellingen in 11 delen.")
                .contains("je krijgt dan een eigen link");
        assertThat(view.previous.isVisible()).isFalse();
        List<LikertScale> kennis = List.copyOf(view.statements.values());
        assertThat(kennis).hasSize(4);
        assertThat(kennis.getFirst().getLegendText()).startsWith("Ik weet wat ervaringskennis");
        choose(kennis.getFirst(), 4);
        test(view.next).click();
        assertThat(view.progress.getText()).isEqualTo("Thema 2 van 11 · 1 van 31 stellingen beantwoord");
        test(view.previous).click();
        List<LikertScale> again = List.copyOf(view.statements.values());
        assertThat(again.getFirst().getValue()).as("kept when coming back").isEqualTo(4);
        // the second statement of the first theme stays open; everything else is answered
        again.stream().skip(2).forEach(statement -> choose(statement, 3));
        test(view.next).click();
        answerEverything(view, 3);
        view.openQuestions.values().iterator().next().setValue("Meer uitleg graag");

        test(view.submit).click();

        assertThat(notificationTexts()).as("named on the screen, not in a notice that stays").isEmpty();
        assertThat($(H1.class).single().getText()).isEqualTo("Nulmeting");
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Kennis en beeldvorming: 1 stelling"))
                .findFirst().orElseThrow()).click();
        assertThat(view.current).isZero();
        List<LikertScale> back = List.copyOf(view.statements.values());
        assertThat(back.get(1).isMarked()).isTrue();
        assertThat(back.get(0).isMarked()).isFalse();
        choose(back.get(1), AnswerValue.DONT_KNOW);
        assertThat(back.get(1).isMarked()).isFalse();
        while (view.next.isVisible()) {
            test(view.next).click();
        }
        assertThat(view.openQuestions.values().iterator().next().getValue()).isEqualTo("Meer uitleg graag");
        test(view.submit).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Dank je wel!");
        TestAccounts.signInAs(fixture.lead);
        assertThat(scanResults.results(round.getId()).totalResponses()).isEqualTo(1);
    }

    @Test
    void opening_a_second_link_in_the_same_view_still_submits_once_per_click() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        SignedIn.nobody();
        navigate("scan/" + token, ScanAnswerView.class);
        ScanAnswerView view = navigate("scan/" + token, ScanAnswerView.class);
        answerEverything(view, 3);

        test(view.submit).click();

        TestAccounts.signInAs(fixture.lead);
        assertThat(scanResults.results(round.getId()).totalResponses()).as("one click, one response").isEqualTo(1);
    }

    @Test
    void a_personal_link_saves_answers_to_continue_later_and_a_used_link_says_so() {
        ScanRound round = fixture.round(RespondentGroup.MANAGEMENT);
        rounds.invite(round.getId(), RespondentGroup.MANAGEMENT, "manager@example.nl");
        String token = ScanFixture.token(events.stream(ScanInvitationIssued.class).reduce((a, b) -> b)
                .orElseThrow().link());
        SignedIn.nobody();

        ScanAnswerView view = navigate("scan/" + token, ScanAnswerView.class);
        long first = view.statements.keySet().iterator().next();
        choose(view.statements.get(first), 2);
        test(view.saveForLater).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Je antwoorden zijn opgeslagen"));

        ScanAnswerView again = navigate("scan/" + token, ScanAnswerView.class);
        assertThat(again.statements.get(first).getValue()).isEqualTo(2);
        answerEverything(again, 3);
        test(again.submit).click();

        navigate("scan/" + token, ScanAnswerView.class);
        assertThat($(Paragraph.class).withClassName("scan-link-state").single().getText())
                .startsWith("Met deze link is de vragenlijst al ingevuld");
        navigate("scan/onbekend", ScanAnswerView.class);
        assertThat($(Paragraph.class).withClassName("scan-link-state").single().getText())
                .startsWith("Deze link kennen we niet");
    }

    @Test
    void someone_with_a_group_link_saves_and_gets_a_link_of_their_own_to_continue_with() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        SignedIn.nobody();
        ScanAnswerView view = navigate("scan/" + token, ScanAnswerView.class);
        long first = view.statements.keySet().iterator().next();
        choose(view.statements.get(first), 5);

        test(view.saveForLater).click();

        com.vaadin.flow.component.textfield.TextField own = $(com.vaadin.flow.component.textfield.TextField.class)
                .all().stream().filter(f -> "Jouw link om verder te gaan".equals(f.getLabel())).findFirst().orElseThrow();
        assertThat(own.getValue()).startsWith("http://localhost:8080/scan/").doesNotContain(token);
        String resume = ScanFixture.token(own.getValue());
        ScanAnswerView later = navigate("scan/" + resume, ScanAnswerView.class);
        assertThat(later.statements.get(first).getValue()).isEqualTo(5);
        assertThat(html(later)).contains("gebruik later dezelfde link");
        answerEverything(later, 4);
        test(later.submit).click();
        navigate("scan/" + resume, ScanAnswerView.class);
        assertThat($(Paragraph.class).withClassName("scan-link-state").single().getText())
                .startsWith("Met deze link is de vragenlijst al ingevuld");
        ScanAnswerView others = navigate("scan/" + token, ScanAnswerView.class);
        assertThat(others.statements.get(first).getValue()).as("the group link itself keeps nothing").isNull();
    }

    @Test
    void the_results_page_shows_only_groups_over_the_threshold_with_scores_as_text_and_turns_advice_into_a_step() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT,
                RespondentGroup.ERVARINGSDESKUNDIGEN);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 7, 2, Map.of(
                "open.tip", AnswerValue.text("Tip van medewerkers")));
        fixture.respond(round.getId(), RespondentGroup.ERVARINGSDESKUNDIGEN, 5, 4, Map.of());
        fixture.respond(round.getId(), RespondentGroup.MANAGEMENT, 3, 5, Map.of(
                "open.tip", AnswerValue.text("Tip van het management")));
        fixture.close(round);

        ScanResultsView view = navigate("scans/" + round.getId() + "/resultaten", ScanResultsView.class);

        String page = html(view);
        assertThat(page).contains("<table class=\"data-table heatmap\"").contains("Verborgen: minder dan 5 reacties")
                .contains("Tip van medewerkers").doesNotContain("Tip van het management")
                .contains("<svg").contains("Toon de scores van Medewerkers als tabel");
        assertThat(page).contains("Verborgen om een kleine groep te beschermen");
        String heatMap = page.substring(page.indexOf("heatmap\">"), page.indexOf("</table>", page.indexOf("heatmap\">")));
        assertThat(heatMap).contains(">Medewerkers</th>").doesNotContain(">Management</th>")
                .doesNotContain(">Ervaringsdeskundigen</th>");
        // a theme cell shows its score as text beside its colour
        assertThat(page).containsPattern("background-color: ?#[0-9a-f]{6}[^>]*>2,0<");
        List<Button> adviceButtons = $(Button.class).all().stream()
                .filter(b -> b.getText().equals("Zet op de checklist")).toList();
        assertThat(adviceButtons).isNotEmpty();
        // the weakest theme's step was done once already, so the advice puts it on the checklist again
        ScanResults.Advice weakest = scanResults.results(round.getId()).advice().getFirst();
        jdbc.update("update checklist_item set status = 'GEREED' where traject_id = ? and template_key = ?",
                fixture.traject.getId(), weakest.checklistKey());
        test(adviceButtons.getFirst()).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Toegevoegd aan de checklist"));
        test(adviceButtons.getFirst()).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Deze stap staat al open op de checklist"));
    }

    @Test
    void an_open_rounds_page_shows_only_the_response_per_group_and_how_to_see_results_sooner() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 6, 2, Map.of(
                "open.tip", AnswerValue.text("Tip die nog niet te zien is")));

        ScanResultsView view = navigate("scans/" + round.getId() + "/resultaten", ScanResultsView.class);

        String page = html(view);
        assertThat(page).contains("data-table").contains(">6<").doesNotContain("heatmap")
                .doesNotContain("<svg").doesNotContain("Tip die nog niet te zien is")
                .contains("De uitkomsten verschijnen zodra de ronde gesloten is")
                .contains("Sluit de ronde af op de pagina met rondes");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(a -> a.getText())
                .doesNotContain("Rapport (PDF)", "Antwoorden (CSV)");
    }

    @Test
    void the_answers_per_statement_are_built_when_the_reader_opens_them() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 6, 2, Map.of());
        fixture.close(round);
        ScanResultsView view = navigate("scans/" + round.getId() + "/resultaten", ScanResultsView.class);
        assertThat(html(view)).doesNotContain("data-table distribution");

        var distribution = $(com.vaadin.flow.component.details.Details.class).withClassName("statements-details")
                .single();
        assertThat(distribution.getSummaryText()).startsWith("Toon hoe vaak elk antwoord is gegeven");
        distribution.setOpened(true);
        String page = html(view);
        assertThat(page).contains("data-table distribution");
        distribution.setOpened(false);
        distribution.setOpened(true);
        assertThat(html(view).split("data-table distribution", -1)).as("built once").hasSize(2);
    }

    @Test
    void the_results_page_costs_the_same_statements_for_five_and_for_two_thousand_respondents() {
        ScanRound small = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        fixture.respond(small.getId(), RespondentGroup.MEDEWERKERS, 5, 3, Map.of());
        rounds.close(small.getId(), small.getVersion());
        var few = statementsToOpen("scans/" + small.getId() + "/resultaten");
        ScanRound large = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        try {
            new ManyRows(jdbc).scanResponses(large.getId(), List.of("MEDEWERKERS", "MANAGEMENT"), 50, 2000);
            rounds.close(large.getId(), large.getVersion());
            long started = System.nanoTime();
            var many = statementsToOpen("scans/" + large.getId() + "/resultaten");
            System.out.printf("results page for 2000 respondents x 50 statements: %d ms on the server%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(many).hasSize(few.size());
            // the lead's first visit: the person; the results (8 besides the person, see ReadinessScanTest; the
            // traject is read once and also says whether the person may manage it); recording that the lead has read
            // them; the rounds to compare with (rounds, two counts)
            assertThat(few).hasSize(RESULTS_PAGE_STATEMENTS + 1);

            // a sealed round's results are computed once (issue 18): a later visit reads no answer at all
            var later = statementsToOpen("scans/" + large.getId() + "/resultaten");
            assertThat(later).hasSize(RESULTS_PAGE_STATEMENTS_LATER).noneMatch(sql -> sql.contains("scan_answer"));
        } finally {
            new ManyRows(jdbc).removeAll();
            fixture.forgetResultsOf(large.getId());
        }
    }

    /** The round, the person, the traject and the rounds to compare with (rounds, two counts). */
    static final int RESULTS_PAGE_STATEMENTS_LATER = 6;

    static final int RESULTS_PAGE_STATEMENTS = 12;

    @Test
    void the_rounds_page_starts_empty_with_what_to_do_and_lists_a_round_with_its_actions() {
        ScanRoundsView view = navigate("trajecten/" + fixture.traject.getId() + "/scans", ScanRoundsView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("Er is nog geen ronde.");
        assertThat(view.newRound.isVisible()).isTrue();

        rounds.createRound(fixture.traject.getId(), new nl.kwartiermaker.readiness.RoundForm("Herhaalmeting",
                fixture.today(), fixture.today().plusWeeks(2), Set.of(RespondentGroup.MEDEWERKERS), null));
        navigate("trajecten/" + fixture.traject.getId() + "/scans", ScanRoundsView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Herhaalmeting");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Uitnodigen per e-mail",
                "Groepslinks", "Vragen aanpassen", "Ronde afsluiten");

        TestAccounts.signInAs(fixture.member);
        ScanRoundsView asMember = navigate("trajecten/" + fixture.traject.getId() + "/scans", ScanRoundsView.class);
        assertThat(asMember.newRound.isAttached()).isFalse();
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("Er is nog geen afgesloten ronde.");

        SignedIn.as("beheerder@demo.nl", nl.kwartiermaker.base.Role.BEHEERDER);
        var outsider = TestAccounts.withRole(users, nl.kwartiermaker.base.Role.HR_ADVISEUR);
        TestAccounts.signInAs(outsider);
        navigate("trajecten/1/scans", ScanRoundsView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("De uitkomsten van de scan zijn alleen zichtbaar");
    }

    @Test
    void the_rounds_page_costs_a_fixed_number_of_statements() {
        fixture.round(RespondentGroup.MEDEWERKERS);
        var one = statementsToOpen("trajecten/" + fixture.traject.getId() + "/scans");
        fixture.round(RespondentGroup.MANAGEMENT);
        fixture.round(RespondentGroup.DIRECTIE_BESTUUR);
        var three = statementsToOpen("trajecten/" + fixture.traject.getId() + "/scans");
        assertThat(three).hasSize(one.size());
        assertThat(one).hasSize(ROUNDS_PAGE_STATEMENTS);
    }

    /** The person; the traject (once, with whether the person may manage it); the rounds; two counts. */
    static final int ROUNDS_PAGE_STATEMENTS = 5;

    @Test
    void a_rescan_is_compared_with_the_baseline_per_theme_and_group() {
        ScanRound baseline = fixture.round(RespondentGroup.MEDEWERKERS);
        fixture.respond(baseline.getId(), RespondentGroup.MEDEWERKERS, 5, 2, Map.of());
        rounds.close(baseline.getId(), baseline.getVersion());
        ScanRound rescan = rounds.createRound(fixture.traject.getId(), new nl.kwartiermaker.readiness.RoundForm(
                "Herhaling", fixture.today(), fixture.today().plusWeeks(1), Set.of(RespondentGroup.MEDEWERKERS),
                baseline.getId()));
        fixture.respond(rescan.getId(), RespondentGroup.MEDEWERKERS, 5, 4, Map.of());
        fixture.close(rescan);

        ScanResultsView view = navigate("scans/" + rescan.getId() + "/resultaten", ScanResultsView.class);
        view.compareWith.setValue(view.compareWith.getListDataView().getItems()
                .filter(r -> r.id() == baseline.getId()).findFirst().orElseThrow());

        String comparison = view.comparison.getElement().getOuterHTML();
        assertThat(comparison).contains("Scores per thema en groep: Nulmeting en Herhaling")
                .contains(">Medewerkers</th>").contains("2,0 → 4,0 (+2,0)");
    }

    @Test
    void the_project_lead_adds_an_own_statement_to_a_round_before_anyone_answers() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        ScanRoundsView view = navigate("trajecten/" + fixture.traject.getId() + "/scans", ScanRoundsView.class);
        view.openQuestions(rounds.rounds(fixture.traject.getId()).getFirst());

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<nl.kwartiermaker.readiness.ScanQuestion> theme =
                $(com.vaadin.flow.component.select.Select.class).all().stream()
                        .filter(s -> "Thema van de nieuwe stelling".equals(s.getLabel())).findFirst().orElseThrow();
        theme.setValue(theme.getListDataView().getItems().filter(q -> q.getThemeKey().equals("houding"))
                .findFirst().orElseThrow());
        $(com.vaadin.flow.component.textfield.TextField.class).all().stream()
                .filter(f -> "Nieuwe stelling".equals(f.getLabel())).findFirst().orElseThrow()
                .setValue("Mijn team wil graag met een ervaringsdeskundige werken.");
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Stelling toevoegen")).findFirst()
                .orElseThrow()).click();

        assertThat(notificationTexts()).contains("De stelling is toegevoegd.");
        assertThat(rounds.questions(round.getId())).extracting(nl.kwartiermaker.readiness.ScanQuestion::getText)
                .contains("Mijn team wil graag met een ervaringsdeskundige werken.");
    }
}
