package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scan template version 2 (issue 16): its corrected advice, and the experts' own wording of statements. */
@DatabaseTest
class ScanVersionTwoTest {

    private static final Map<String, AnswerValue> WEAK_CHANGE_CLIMATE = Map.of(
            "veranderklimaat.open", AnswerValue.score(1), "veranderklimaat.tijd", AnswerValue.score(1),
            "veranderklimaat.vorige-keer", AnswerValue.score(5));

    @Autowired
    ApplicationContext context;
    @Autowired
    ScanTemplates templates;
    @Autowired
    QuestionnaireLibraryService library;
    @Autowired
    JdbcTemplate jdbc;

    ScanFixture fixture;

    @BeforeEach
    void traject() {
        fixture = new ScanFixture(context);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private ScanQuestion question(ScanRound round, String key) {
        return fixture.rounds.questions(round.getId()).stream().filter(q -> q.getQuestionKey().equals(key))
                .findFirst().orElseThrow();
    }

    private ScanResults.Advice changeClimateAdvice(ScanResults results) {
        return results.advice().stream().filter(a -> a.themeKey().equals("veranderklimaat")).findFirst()
                .orElseThrow();
    }

    @Test
    void new_rounds_ask_scan_version_2_whose_change_climate_advice_has_the_project_lead_and_management_pull() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        assertThat(round.getTemplateVersion()).isEqualTo(2);
        assertThat(question(round, "houding.positie").getExpertText()).isPresent();
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 4, WEAK_CHANGE_CLIMATE);

        ScanResults.Advice advice = changeClimateAdvice(fixture.close(round));

        assertThat(advice.text()).contains("een projectleider en iemand van het management of beleid; zij trekken de "
                + "verandering", "senior ervaringsdeskundige als adviseur").doesNotContain("die de verandering trekt");
        assertThat(advice.source()).startsWith("001 ").contains("Vorm een leidende coalitie");
    }

    @Test
    void a_round_that_started_on_version_1_keeps_its_questions_and_the_advice_of_version_1() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        // a round from before version 2: it recorded version 1, and its copied questions have no experts' wording
        jdbc.update("update scan_round set template_version = 1 where id = ?", round.getId());
        jdbc.update("update scan_question set expert_text = null where round_id = ?", round.getId());
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 4, WEAK_CHANGE_CLIMATE);

        ScanResults results = fixture.close(round);

        assertThat(changeClimateAdvice(results).text())
                .isEqualTo(templates.version(1).orElseThrow().theme("veranderklimaat").orElseThrow().advice())
                .contains("senior ervaringsdeskundige die de verandering trekt");
        assertThat(results.statements()).allSatisfy(s -> assertThat(s.expertText()).isNull());
    }

    @Test
    void a_new_round_from_a_template_or_round_of_version_1_gives_the_corrected_advice_of_version_2() {
        OrganisationTemplate old = library.copyTemplate(null, "Gekopieerd van versie 1");
        jdbc.update("update scan_template set shipped_version = 1 where id = ?", old.getId());
        ScanRound fromTemplate = fixture.rounds.createRound(fixture.traject.getId(), new RoundForm("Uit eigen lijst",
                fixture.today(), fixture.today().plusWeeks(2), Set.of(RespondentGroup.MEDEWERKERS), null,
                old.getId()));
        ScanRound earlier = fixture.round(RespondentGroup.MEDEWERKERS);
        jdbc.update("update scan_round set template_version = 1 where id = ?", earlier.getId());
        ScanRound rescan = fixture.rounds.createRound(fixture.traject.getId(), new RoundForm("Herhaling",
                fixture.today(), fixture.today().plusWeeks(2), Set.of(RespondentGroup.MEDEWERKERS), earlier.getId()));

        assertThat(fromTemplate.getTemplateVersion()).isEqualTo(2);
        assertThat(rescan.getTemplateVersion()).isEqualTo(2);
        fixture.respond(rescan.getId(), RespondentGroup.MEDEWERKERS, 5, 4, WEAK_CHANGE_CLIMATE);
        assertThat(changeClimateAdvice(fixture.close(rescan)).text()).contains("zij trekken de verandering");
    }

    @Test
    void version_1_stays_as_shipped_and_version_2_gives_experts_a_wording_in_the_same_direction() {
        ScanTemplate one = templates.version(1).orElseThrow();
        ScanTemplate two = templates.latest();
        assertThat(two.version()).isEqualTo(2);
        assertThat(one.themes()).flatExtracting(ScanTemplate.Theme::statements)
                .allSatisfy(s -> assertThat(((ScanTemplate.Statement) s).expertText()).isNull());
        assertThat(one.theme("kennis").orElseThrow().source()).contains("Creëer een gevoel van urgentie");
        assertThat(two.themes()).extracting(ScanTemplate.Theme::source)
                .noneMatch(s -> s.contains("Creëer een gevoel van urgentie") || s.contains(": rollen"));
        assertThat(two.theme("rollen").orElseThrow().source())
                .contains("De basis, Vijf rollen van ervaringsdeskundigen");
        // the same statements under the same keys, so a re-scan on version 2 compares with a round on version 1
        assertThat(two.themes()).flatExtracting(ScanTemplate.Theme::statements)
                .extracting(s -> ((ScanTemplate.Statement) s).key())
                .containsExactlyElementsOf(one.themes().stream().flatMap(t -> t.statements().stream())
                        .map(ScanTemplate.Statement::key).toList());
        ScanTemplate.Statement positie = two.theme("houding").orElseThrow().statements().stream()
                .filter(s -> s.key().equals("houding.positie")).findFirst().orElseThrow();
        assertThat(positie.reverse()).isTrue();
        assertThat(positie.expertText()).contains("reguliere collega’s").doesNotContain("mijn collega");
    }

    @Test
    void an_expert_reads_the_experts_wording_and_a_staff_member_the_statement_itself() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.ERVARINGSDESKUNDIGEN);
        String expertLink = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(),
                RespondentGroup.ERVARINGSDESKUNDIGEN));
        String staffLink = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(),
                RespondentGroup.MEDEWERKERS));
        SignedIn.nobody();

        Questionnaire expert = fixture.answering.questionnaire(expertLink);
        Questionnaire staff = fixture.answering.questionnaire(staffLink);

        ScanQuestion positie = expert.questions().stream().filter(q -> q.getQuestionKey().equals("houding.positie"))
                .findFirst().orElseThrow();
        assertThat(positie.textFor(expert.group())).startsWith("Ik maak me zorgen dat reguliere collega’s");
        assertThat(positie.textFor(staff.group())).startsWith("Ik maak me zorgen dat ervaringsdeskundigen werk");
        ScanQuestion sameForAll = expert.questions().stream()
                .filter(q -> q.getQuestionKey().equals("vormen.past-doelen")).findFirst().orElseThrow();
        assertThat(sameForAll.textFor(expert.group())).isEqualTo(sameForAll.getText());
    }

    @Test
    void results_per_theme_and_statement_combine_the_answers_to_both_wordings() throws IOException {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.ERVARINGSDESKUNDIGEN);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 5, Map.of());
        fixture.respond(round.getId(), RespondentGroup.ERVARINGSDESKUNDIGEN, 5, 1, Map.of());

        ScanResults results = fixture.close(round);

        ScanResults.ThemeResult houding = results.themes().stream().filter(t -> t.key().equals("houding"))
                .findFirst().orElseThrow();
        assertThat(houding.score(RespondentGroup.MEDEWERKERS)).contains(5.0);
        assertThat(houding.score(RespondentGroup.ERVARINGSDESKUNDIGEN)).contains(1.0);
        assertThat(houding.overallScore()).contains(3.0);
        ScanResults.StatementResult positie = results.statements().stream()
                .filter(s -> s.text().startsWith("Ik maak me zorgen dat ervaringsdeskundigen")).findFirst()
                .orElseThrow();
        // one row for both wordings: staff answered 1 (worded negatively), experts 5
        assertThat(positie.total()).isEqualTo(10);
        assertThat(positie.counts()[1]).isEqualTo(5);
        assertThat(positie.counts()[5]).isEqualTo(5);
        assertThat(positie.expertText()).startsWith("Ik maak me zorgen dat reguliere collega’s");
        assertThat(results.gaps()).extracting(ScanResults.Gap::themeKey).contains("houding");

        String csv = new String(fixture.results.csv(round.getId(), Locale.of("nl")), StandardCharsets.UTF_8);
        assertThat(csv).contains("houding.positie").contains("(ervaringsdeskundigen lazen: “Ik maak me zorgen dat "
                + "reguliere collega’s");
        try (PDDocument document = Loader.loadPDF(fixture.results.pdf(round.getId(), Locale.of("nl")))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Houding en draagvlak", "Ervaringsdeskundigen")
                    .contains("Ervaringsdeskundigen lazen bij 16 stellingen een eigen formulering");
        }
    }

    @Test
    void an_organisation_template_keeps_rewords_and_passes_on_the_experts_wording() {
        // the fixture's project lead may adapt the organisation's templates
        OrganisationTemplate copy = library.copyTemplate(null, "Met eigen woorden voor ervaringsdeskundigen");
        TemplateContent content = library.template(copy.getId());
        List<TemplateQuestion> questions = new ArrayList<>(content.questions());
        int positie = indexOf(questions, "houding.positie");
        int bijdragen = indexOf(questions, "houding.bijdragen");
        assertThat(questions.get(positie).expertText()).isNotBlank();
        String own = "Ik vrees dat collega’s mij als concurrent zien.";
        questions.set(positie, questions.get(positie).withExpertText(own));
        questions.set(bijdragen, questions.get(bijdragen).withExpertText("  "));

        TemplateContent saved = library.saveTemplate(copy.getId(), content.version(), content.name(), questions);

        assertThat(saved.questions().get(positie).expertText()).isEqualTo(own);
        assertThat(saved.questions().get(bijdragen).expertText()).as("blank: experts read the statement").isNull();
        ScanRound round = fixture.rounds.createRound(fixture.traject.getId(), new RoundForm("Met eigen lijst",
                fixture.today(), fixture.today().plusWeeks(2), Set.of(RespondentGroup.ERVARINGSDESKUNDIGEN), null,
                copy.getId()));
        assertThat(question(round, "houding.positie").textFor(RespondentGroup.ERVARINGSDESKUNDIGEN))
                .isEqualTo(own);
        assertThat(question(round, "houding.bijdragen").getExpertText()).isEmpty();

        ScanQuestion reworded = fixture.rounds.rewordQuestion(question(round, "houding.bijdragen").getId(),
                question(round, "houding.bijdragen").getVersion(), "Ik wil bijdragen.", false,
                "Ik wil als ervaringsdeskundige bijdragen.");
        assertThat(reworded.textFor(RespondentGroup.ERVARINGSDESKUNDIGEN))
                .isEqualTo("Ik wil als ervaringsdeskundige bijdragen.");
        ScanQuestion keptForExperts = fixture.rounds.rewordQuestion(reworded.getId(), reworded.getVersion(),
                "Ik wil graag bijdragen.", false);
        assertThat(keptForExperts.getExpertText()).contains("Ik wil als ervaringsdeskundige bijdragen.");
    }

    private static int indexOf(List<TemplateQuestion> questions, String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (key.equals(questions.get(i).questionKey())) {
                return i;
            }
        }
        throw new AssertionError("no question " + key);
    }
}
