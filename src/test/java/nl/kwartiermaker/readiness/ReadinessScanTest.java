package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.traject.ChecklistService;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@RecordApplicationEvents
class ReadinessScanTest {

    @Autowired
    ScanRoundService rounds;
    @Autowired
    ScanAnsweringService answering;
    @Autowired
    ScanResultsService scanResults;
    @Autowired
    ScanTasks scanTasks;
    @Autowired
    org.springframework.context.ApplicationContext context;
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
    @Autowired
    nl.kwartiermaker.organisation.OrganisationService organisation;

    /**
     * Round, traject access (the traject once, with whether this person may manage it; the signed-in person),
     * questions, responses, invitations, scores, answers, texts.
     */
    static final int RESULTS_STATEMENTS = 9;

    ScanFixture fixture;

    @BeforeEach
    void traject() {
        fixture = new ScanFixture(context);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<ScanInvitationIssued> issued() {
        return events.stream(ScanInvitationIssued.class).toList();
    }

    private String tokenFor(String email) {
        return ScanFixture.token(issued().stream().filter(e -> e.email().equals(email)).reduce((a, b) -> b)
                .orElseThrow().link());
    }

    @Test
    void theme_scores_reverse_negative_statements_and_leave_out_dont_know() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        // kennis: three positive statements and one reversed ("Het is mij niet duidelijk…")
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 3, Map.of(
                "kennis.ervaringskennis", AnswerValue.score(5),
                "kennis.verschil", AnswerValue.score(5),
                "kennis.beelden", AnswerValue.score(AnswerValue.DONT_KNOW),
                "kennis.onduidelijk", AnswerValue.score(1)));

        ScanResults results = fixture.close(round);

        ScanResults.ThemeResult kennis = results.themes().stream().filter(t -> t.key().equals("kennis"))
                .findFirst().orElseThrow();
        // a reversed 1 counts as 5, "weet niet" counts not at all: (5 + 5 + 5) / 3
        assertThat(kennis.score(RespondentGroup.MEDEWERKERS)).contains(5.0);
        assertThat(kennis.overallScore()).contains(5.0);
        ScanResults.ThemeResult rollen = results.themes().stream().filter(t -> t.key().equals("rollen"))
                .findFirst().orElseThrow();
        // rollen has one reversed statement answered 3, which stays 3
        assertThat(rollen.overallScore()).contains(3.0);
        ScanResults.StatementResult beelden = results.statements().stream()
                .filter(s -> s.text().startsWith("Ik weet dat er verschillende beelden")).findFirst().orElseThrow();
        assertThat(beelden.counts()[AnswerValue.DONT_KNOW]).isEqualTo(5);
        assertThat(results.themes()).hasSize(10);
    }

    @Test
    void small_groups_are_hidden_and_the_next_smallest_with_them_and_their_open_answers_never_show() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT,
                RespondentGroup.DIRECTIE_BESTUUR);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 8, 4,
                Map.of("open.tip", AnswerValue.text("Meer voorlichting")));
        fixture.respond(round.getId(), RespondentGroup.MANAGEMENT, 6, 2,
                Map.of("open.tip", AnswerValue.text("Van het management")));
        fixture.respond(round.getId(), RespondentGroup.DIRECTIE_BESTUUR, 2, 1,
                Map.of("open.tip", AnswerValue.text("Van de directie")));

        ScanResults results = fixture.close(round);

        assertThat(results.groups()).extracting(ScanResults.GroupResponse::group, ScanResults.GroupResponse::visibility)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(RespondentGroup.MEDEWERKERS, GroupThreshold.Visibility.SHOWN),
                        org.assertj.core.groups.Tuple.tuple(RespondentGroup.MANAGEMENT,
                                GroupThreshold.Visibility.PROTECTS_ANOTHER),
                        org.assertj.core.groups.Tuple.tuple(RespondentGroup.DIRECTIE_BESTUUR,
                                GroupThreshold.Visibility.TOO_FEW));
        assertThat(results.themes()).allSatisfy(t -> assertThat(t.byGroup()).containsOnlyKeys(
                RespondentGroup.MEDEWERKERS));
        assertThat(results.openAnswers()).extracting(ScanResults.OpenAnswer::text).containsOnly("Meer voorlichting");
        assertThat(results.gaps()).isEmpty();
        // everyone together: (8×4 + 6×2 + 2×1) / 16 per statement
        assertThat(results.themes().getFirst().overallScore()).hasValueSatisfying(s -> assertThat(s)
                .isCloseTo((8 * 4 + 6 * 2 + 2 * 1) / 16.0, org.assertj.core.data.Offset.offset(0.001)));
        String csv = new String(scanResults.csv(round.getId(), Locale.of("nl")), java.nio.charset.StandardCharsets.UTF_8);
        // two header rows (the question keys, then what each asked), then one row per shown response
        assertThat(csv.lines().count()).isEqualTo(2 + 8);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("Vraag,,")
                .contains("Ik weet wat ervaringskennis");
        assertThat(csv).contains("Meer voorlichting").doesNotContain("management").doesNotContain("directie");
    }

    @Test
    void a_personal_link_works_once_and_the_answer_carries_nothing_that_points_back() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        ScanRoundService.InviteResult result = rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS,
                "Anna@example.nl, bram@example.nl\nanna@example.nl");
        assertThat(result.invited()).isEqualTo(2);
        assertThat(rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, "bram@example.nl").invited()).isZero();
        String token = tokenFor("anna@example.nl");
        assertThat(jdbc.queryForList("select token_hash from scan_invitation where round_id = ?", String.class,
                round.getId())).doesNotContain(token).contains(ScanTokens.hash(token));

        Map<Long, AnswerValue> answers = fixture.answers(round.getId(), 4, Map.of());
        SignedIn.nobody();
        Questionnaire questionnaire = answering.questionnaire(token);
        assertThat(questionnaire.state()).isEqualTo(Questionnaire.LinkState.OPEN);
        assertThat(questionnaire.singleUse()).isTrue();
        answering.submit(token, answers);

        assertThat(answering.questionnaire(token).state()).isEqualTo(Questionnaire.LinkState.USED);
        assertThatThrownBy(() -> answering.submit(token, answers))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.link.used");
        assertThat(answering.questionnaire("bestaat-niet").state()).isEqualTo(Questionnaire.LinkState.UNKNOWN);
        TestAccounts.signInAs(fixture.lead);
        List<Map<String, Object>> stored = jdbc.queryForList("select * from scan_response where round_id = ?",
                round.getId());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().keySet()).map(k -> k.toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrder("id", "round_id", "respondent_group");
    }

    @Test
    void unanswered_statements_are_refused_with_how_many_and_nothing_is_stored() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String token = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        Map<Long, AnswerValue> answers = new java.util.HashMap<>(fixture.answers(round.getId(), 3, Map.of()));
        List<ScanQuestion> statements = fixture.statements(round.getId());
        answers.remove(statements.get(0).getId());
        answers.remove(statements.get(1).getId());

        assertThatThrownBy(() -> answering.submit(token, answers)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.params()).containsExactly(2));
        assertThat(scanResults.results(round.getId()).totalResponses()).isZero();
    }

    @Test
    void a_saved_draft_comes_back_with_the_same_link_and_survives_a_reminder() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, "carla@example.nl");
        String first = tokenFor("carla@example.nl");
        long statement = fixture.statements(round.getId()).getFirst().getId();
        answering.saveForLater(first, Map.of(statement, AnswerValue.score(2)));
        assertThat(answering.questionnaire(first).saved()).containsEntry(statement, AnswerValue.score(2));

        rounds.remindNonResponders(round.getId());
        String second = tokenFor("carla@example.nl");

        assertThat(answering.questionnaire(first).state()).isEqualTo(Questionnaire.LinkState.UNKNOWN);
        assertThat(answering.questionnaire(second).saved()).containsEntry(statement, AnswerValue.score(2));
    }

    @Test
    void reminders_go_only_to_people_who_have_not_answered() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, "a@example.nl b@example.nl");
        rounds.invite(round.getId(), RespondentGroup.MANAGEMENT, "c@example.nl");
        answering.submit(tokenFor("b@example.nl"), fixture.answers(round.getId(), 4, Map.of()));

        int reminded = rounds.remindNonResponders(round.getId());

        assertThat(reminded).isEqualTo(2);
        assertThat(issued().stream().filter(ScanInvitationIssued::reminder).map(ScanInvitationIssued::email))
                .containsExactlyInAnyOrder("a@example.nl", "c@example.nl");
    }

    @Test
    void links_stop_working_when_the_round_closes_or_its_closing_date_passes() {
        ScanRound closedByLead = fixture.round(RespondentGroup.MEDEWERKERS);
        String token = ScanFixture.token(rounds.createGroupLink(closedByLead.getId(), RespondentGroup.MEDEWERKERS));
        rounds.close(closedByLead.getId(), closedByLead.getVersion());
        assertThat(answering.questionnaire(token).state()).isEqualTo(Questionnaire.LinkState.CLOSED);
        assertThatThrownBy(() -> rounds.createGroupLink(closedByLead.getId(), RespondentGroup.MEDEWERKERS))
                .isInstanceOf(InvalidInput.class);

        ScanRound expiring = fixture.round(RespondentGroup.MEDEWERKERS);
        rounds.invite(expiring.getId(), RespondentGroup.MEDEWERKERS, "d@example.nl");
        String personal = tokenFor("d@example.nl");
        assertThat(answering.questionnaire(personal).state()).isEqualTo(Questionnaire.LinkState.OPEN);
        clock.advance(Duration.ofDays(15));
        assertThat(answering.questionnaire(personal).state()).isEqualTo(Questionnaire.LinkState.CLOSED);
        assertThatThrownBy(() -> answering.submit(personal, Map.of())).isInstanceOf(InvalidInput.class)
                .hasMessage("scan.link.closed");

        ScanRound later = rounds.createRound(fixture.traject.getId(), new RoundForm("Later", fixture.today()
                .plusDays(3), fixture.today().plusDays(10), java.util.Set.of(RespondentGroup.MANAGEMENT), null));
        String early = ScanFixture.token(rounds.createGroupLink(later.getId(), RespondentGroup.MANAGEMENT));
        assertThat(answering.questionnaire(early).state()).isEqualTo(Questionnaire.LinkState.NOT_YET_OPEN);
    }

    @Test
    void a_bad_address_invites_nobody_and_names_the_address() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        assertThatThrownBy(() -> rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, "e@example.nl geen-adres"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.params()).containsExactly("geen-adres"));
        assertThat(issued()).isEmpty();
        assertThatThrownBy(() -> rounds.invite(round.getId(), RespondentGroup.MANAGEMENT, "e@example.nl"))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.group");
    }

    @Test
    void a_group_link_can_be_shown_again_to_the_lead_but_is_nowhere_in_the_database() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        String made = rounds.createGroupLink(round.getId(), RespondentGroup.MANAGEMENT);
        String token = ScanFixture.token(made);

        assertThat(rounds.groupLinks(round.getId())).singleElement().satisfies(link -> {
            assertThat(link.group()).isEqualTo(RespondentGroup.MANAGEMENT);
            assertThat(link.path()).isEqualTo(made).isEqualTo("/scan/" + token);
        });
        assertThat(jdbc.queryForList("select concat(coalesce(link_nonce, ''), token_hash) from scan_invitation "
                + "where round_id = ?", String.class, round.getId())).noneMatch(row -> row.contains(token));
        SignedIn.nobody();
        assertThat(answering.questionnaire(token).state()).isEqualTo(Questionnaire.LinkState.OPEN);
        TestAccounts.signInAs(fixture.member);
        assertThatThrownBy(() -> rounds.groupLinks(round.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saving_with_a_group_link_gives_a_single_use_link_of_ones_own_that_counts_as_no_group_link() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String group = ScanFixture.token(rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        long statement = fixture.statements(round.getId()).getFirst().getId();
        Map<Long, AnswerValue> everything = fixture.answers(round.getId(), 4, Map.of());
        SignedIn.nobody();

        String own = ScanFixture.token(answering.saveForLater(group, Map.of(statement, AnswerValue.score(2)))
                .orElseThrow());

        assertThat(own).isNotEqualTo(group);
        Questionnaire resumed = answering.questionnaire(own);
        assertThat(resumed.singleUse()).isTrue();
        assertThat(resumed.saved()).containsEntry(statement, AnswerValue.score(2));
        assertThat(answering.saveForLater(own, Map.of(statement, AnswerValue.score(4)))).isEmpty();
        assertThat(answering.questionnaire(own).saved()).containsEntry(statement, AnswerValue.score(4));
        assertThat(answering.questionnaire(group).saved()).isEmpty();
        answering.submit(own, everything);
        assertThat(answering.questionnaire(own).state()).isEqualTo(Questionnaire.LinkState.USED);
        TestAccounts.signInAs(fixture.lead);
        RoundOverview overview = rounds.rounds(fixture.traject.getId()).getFirst();
        assertThat(overview.groupLinks()).containsEntry(RespondentGroup.MEDEWERKERS, 1L);
        assertThat(overview.invited()).isEmpty();
        assertThat(overview.responses()).containsEntry(RespondentGroup.MEDEWERKERS, 1L);
    }

    /** The scan's tasks about this test's traject (the test project lead leads other tests' trajecten too). */
    private List<nl.kwartiermaker.base.PersonalTask> scanTasksHere() {
        return scanTasks.mine().stream().filter(t -> t.params().contains(fixture.traject.getName())).toList();
    }

    @Test
    void the_lead_is_asked_to_remind_before_a_round_closes_and_to_read_its_results_once_it_has() {
        ScanRound later = rounds.createRound(fixture.traject.getId(), new RoundForm("Over een maand",
                fixture.today(), fixture.today().plusWeeks(5), java.util.Set.of(RespondentGroup.MEDEWERKERS), null));
        ScanRound soon = rounds.createRound(fixture.traject.getId(), new RoundForm("Bijna dicht", fixture.today(),
                fixture.today().plusDays(3), java.util.Set.of(RespondentGroup.MEDEWERKERS), null));

        assertThat(scanTasksHere()).singleElement().satisfies(task -> {
            assertThat(task.messageKey()).isEqualTo("tasks.scan.closing");
            assertThat(task.params()).containsExactly("Bijna dicht", fixture.traject.getName());
            assertThat(task.due()).isEqualTo(soon.getClosesOn());
            assertThat(task.link()).isEqualTo("trajecten/" + fixture.traject.getId() + "/scans");
        });
        assertThat(later.getId()).isNotNull();

        fixture.close(soon);
        assertThat(scanTasksHere()).singleElement().satisfies(task -> {
            assertThat(task.messageKey()).isEqualTo("tasks.scan.results");
            assertThat(task.link()).isEqualTo("scans/" + soon.getId() + "/resultaten");
            assertThat(task.overdue(fixture.today().plusMonths(1))).as("reading results is never late").isFalse();
        });
        TestAccounts.signInAs(fixture.member);
        assertThat(scanTasksHere()).as("only the lead is asked").isEmpty();
        scanResults.resultsPage(soon.getId());
        TestAccounts.signInAs(fixture.lead);
        assertThat(scanTasksHere()).as("a member reading them does not count").hasSize(1);

        scanResults.resultsPage(soon.getId());

        assertThat(scanTasksHere()).isEmpty();
    }

    @Test
    void a_round_dated_1900_or_9999_is_refused_with_the_years_it_may_run_in() {
        for (java.time.LocalDate[] dates : new java.time.LocalDate[][] {
                {java.time.LocalDate.of(1900, 1, 1), fixture.today().plusWeeks(1)},
                {fixture.today(), java.time.LocalDate.of(9999, 12, 31)}}) {
            assertThatThrownBy(() -> rounds.createRound(fixture.traject.getId(), new RoundForm("Ver weg", dates[0],
                    dates[1], java.util.Set.of(RespondentGroup.MEDEWERKERS), null)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("scan.error.dates.window");
                        assertThat(e.params()).containsExactly(fixture.today().getYear() - 1,
                                fixture.today().getYear() + nl.kwartiermaker.base.DateWindow.YEARS_AHEAD);
                    });
        }
        assertThat(rounds.rounds(fixture.traject.getId())).isEmpty();
    }

    @Test
    void members_see_results_once_the_round_is_closed_and_only_the_lead_runs_rounds() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        TestAccounts.signInAs(fixture.member);
        assertThatThrownBy(() -> scanResults.results(round.getId())).isInstanceOf(InvalidInput.class)
                .hasMessage("scan.error.results.notyet");
        assertThatThrownBy(() -> rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.rounds(fixture.traject.getId())).isEmpty();
        TestAccounts.signInAs(fixture.lead);
        rounds.close(round.getId(), round.getVersion());
        TestAccounts.signInAs(fixture.member);
        assertThat(scanResults.results(round.getId()).roundName()).isEqualTo("Nulmeting");
        assertThat(rounds.rounds(fixture.traject.getId())).hasSize(1);
    }

    @Test
    void weak_themes_become_advice_that_puts_the_matching_step_on_the_checklist() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 4, Map.of(
                "kennis.ervaringskennis", AnswerValue.score(1), "kennis.verschil", AnswerValue.score(2),
                "kennis.beelden", AnswerValue.score(1), "kennis.onduidelijk", AnswerValue.score(5)));

        ScanResults results = fixture.close(round);

        assertThat(results.advice()).extracting(ScanResults.Advice::themeKey).containsExactly("kennis");
        assertThat(results.advice().getFirst().checklistKey()).isEqualTo("fase1.urgentie.voorlichting");
        ChecklistService.TemplateItem item = scanResults.addAdviceToChecklist(round.getId(), "kennis");
        assertThat(item.title()).isEqualTo("Organiseer interactieve voorlichtingsbijeenkomsten");
    }

    @Test
    void a_rescan_with_the_same_questions_is_compared_with_the_baseline() {
        ScanRound baseline = fixture.round(RespondentGroup.MEDEWERKERS);
        fixture.respond(baseline.getId(), RespondentGroup.MEDEWERKERS, 5, 2, Map.of());
        rounds.close(baseline.getId(), baseline.getVersion());
        ScanRound rescan = rounds.createRound(fixture.traject.getId(), new RoundForm("Herhaling", fixture.today(),
                fixture.today().plusWeeks(1), java.util.Set.of(RespondentGroup.MEDEWERKERS), baseline.getId()));
        assertThat(rounds.questions(rescan.getId())).extracting(ScanQuestion::getText)
                .isEqualTo(rounds.questions(baseline.getId()).stream().map(ScanQuestion::getText).toList());
        fixture.respond(rescan.getId(), RespondentGroup.MEDEWERKERS, 5, 4, Map.of());
        fixture.close(rescan);

        ScanResultsService.RoundComparison comparison = scanResults.compare(rescan.getId(), baseline.getId());

        assertThat(comparison.baseline().roundName()).isEqualTo("Nulmeting");
        assertThat(comparison.rescan().roundName()).isEqualTo("Herhaling");
        assertThat(comparison.baseline().themes().getFirst().overallScore()).contains(2.0);
        assertThat(comparison.rescan().themes().getFirst().overallScore()).contains(4.0);
    }

    @Test
    void the_decision_page_summary_is_the_latest_closed_round() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        assertThat(scanResults.latestClosedRound(fixture.traject.getId())).isEmpty();
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 6, 3, Map.of());
        rounds.close(round.getId(), round.getVersion());

        var summary = scanResults.latestClosedRound(fixture.traject.getId()).orElseThrow();

        assertThat(summary.respondents()).isEqualTo(6);
        assertThat(summary.themes()).hasSize(10).allSatisfy(t -> assertThat(t.score()).isEqualTo(3.0));
        assertThat(summary.resultsLink()).isEqualTo("scans/" + round.getId() + "/resultaten");
    }

    @Test
    void a_rounds_questions_can_be_reworded_added_and_left_out_until_someone_answers() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        ScanQuestion first = fixture.statements(round.getId()).getFirst();
        ScanQuestion changed = rounds.rewordQuestion(first.getId(), first.getVersion(),
                "Ik weet wat ervaringskennis betekent.", true);
        assertThat(changed.isReverseScored()).isTrue();
        assertThatThrownBy(() -> rounds.rewordQuestion(first.getId(), first.getVersion(), "Van een oude versie", false))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        ScanQuestion own = rounds.addStatement(round.getId(), "financien", "Er is budget voor scholing.", false);
        List<ScanQuestion> asked = rounds.questions(round.getId());
        // the new statement comes right after the last statement of its theme
        int index = asked.stream().map(ScanQuestion::getId).toList().indexOf(own.getId());
        assertThat(asked.get(index - 1).getQuestionKey()).isEqualTo("financien.passend");
        assertThat(own.getThemeTitle()).isEqualTo("Financiële middelen");
        ScanQuestion open = asked.stream().filter(ScanQuestion::isOpenQuestion).findFirst().orElseThrow();
        rounds.removeQuestion(open.getId());
        assertThat(rounds.questions(round.getId())).hasSize(asked.size() - 1);
        assertThatThrownBy(() -> rounds.addStatement(round.getId(), "bestaat-niet", "Tekst", false))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.theme");
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 1, 3, Map.of());
        assertThatThrownBy(() -> rounds.rewordQuestion(first.getId(), changed.getVersion(), "Nog anders", false))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.questions.locked");
        assertThatThrownBy(() -> rounds.removeQuestion(own.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.questions.locked");
    }

    @Test
    void the_pdf_report_holds_the_cover_the_heat_map_and_the_advice_with_dutch_characters() throws IOException {
        ScanRound round = rounds.createRound(fixture.traject.getId(), new RoundForm("Ronde één €", fixture.today(),
                fixture.today().plusWeeks(1), java.util.Set.of(RespondentGroup.MEDEWERKERS), null));
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 2, Map.of());
        fixture.close(round);

        byte[] pdf = scanResults.pdf(round.getId(), Locale.of("nl"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gereedheidsscan: rapport", "Ronde één €", "Kennis en beeldvorming",
                    "Score per thema en groep", "Advies voor de zwakste thema’s", "2,0");
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(document)).as("the first page says whose report it is")
                    .contains(organisation.settings().name(), "Traject: " + fixture.traject.getName(),
                            "Ronde: Ronde één €");
        }
    }

    @Test
    void results_of_two_thousand_respondents_on_fifty_statements_take_as_many_statements_as_those_of_five() {
        ScanRound small = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        fixture.respond(small.getId(), RespondentGroup.MEDEWERKERS, 5, 3, Map.of());
        rounds.close(small.getId(), small.getVersion()); // without reading the results, which are then kept
        List<String> few = nl.kwartiermaker.StatementCounter.statementsOf(() -> scanResults.results(small.getId()));
        ScanRound large = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        nl.kwartiermaker.ManyRows many = new nl.kwartiermaker.ManyRows(jdbc);
        try {
            many.scanResponses(large.getId(), List.of("MEDEWERKERS", "MANAGEMENT"), 50, 2000);
            long closing = System.nanoTime();
            rounds.close(large.getId(), large.getVersion());
            long sealed = System.nanoTime();
            List<String> lots = nl.kwartiermaker.StatementCounter.statementsOf(() -> {
                ScanResults results = scanResults.results(large.getId());
                assertThat(results.totalResponses()).isEqualTo(2000);
                assertThat(results.statements()).hasSize(50);
            });
            System.out.printf("scan round of 2000 respondents x 50 statements: closed and sealed in %d ms, "
                            + "results in %d ms and %d statements%n", (sealed - closing) / 1_000_000,
                    (System.nanoTime() - sealed) / 1_000_000, lots.size());
            assertThat(lots).hasSize(few.size());
            assertThat(few).hasSize(RESULTS_STATEMENTS);
        } finally {
            jdbc.update("delete from scan_answer where response_id in (select id from scan_response where round_id = ?)",
                    large.getId());
            jdbc.update("delete from scan_response where round_id = ?", large.getId());
            many.removeAll();
            fixture.forgetResultsOf(large.getId());
        }
    }

    @Test
    void a_sealed_rounds_results_are_computed_once_and_then_read_without_touching_the_answers() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 3, Map.of());
        fixture.close(round);
        ScanResults first = scanResults.results(round.getId());

        List<String> again = nl.kwartiermaker.StatementCounter.statementsOf(() ->
                assertThat(scanResults.results(round.getId())).isSameAs(first));

        assertThat(again).isNotEmpty().noneMatch(sql -> sql.contains("scan_answer") || sql.contains("scan_response"));
        assertThat(first.totalResponses()).isEqualTo(5);
    }
}
