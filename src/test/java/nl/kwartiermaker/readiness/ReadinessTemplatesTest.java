package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ReadinessTemplatesTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ScanRoundService rounds;
    @Autowired
    ScanResultsService scanResults;
    @Autowired
    QuestionnaireLibraryService library;
    @Autowired
    TrajectService trajecten;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    ScanFixture fixture;

    @BeforeEach
    void traject() {
        fixture = new ScanFixture(context);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private ScanRound roundWith(long templateId) {
        return rounds.createRound(fixture.traject.getId(), new RoundForm("Met eigen lijst", fixture.today(),
                fixture.today().plusWeeks(2), Set.of(RespondentGroup.MEDEWERKERS), null, templateId));
    }

    /** Rewords the first statement, flips its scoring, leaves out the second and adds one to "financien". */
    private List<TemplateQuestion> adapted(TemplateContent content) {
        List<TemplateQuestion> questions = new ArrayList<>(content.questions());
        TemplateQuestion first = questions.getFirst();
        questions.set(0, first.withText("Ik weet goed wat ervaringskennis betekent.", !first.reverse()));
        questions.remove(1);
        questions.add(TemplateQuestion.ownStatement("financien", "genegeerd", "Er is budget voor scholing.", true));
        return questions;
    }

    @Test
    void a_copy_of_the_shipped_questionnaire_is_adapted_and_a_round_asks_the_adapted_questions() {
        ScanTemplate shipped = library.shippedQuestionnaire();
        OrganisationTemplate copy = library.copyTemplate(null, "  Polikliniek  ");
        TemplateContent content = library.template(copy.getId());
        assertThat(content.name()).isEqualTo("Polikliniek");
        assertThat(content.revision()).isEqualTo(1);
        assertThat(content.questions()).hasSize(shipped.statementCount() + shipped.openQuestions().size());

        TemplateContent saved = library.saveTemplate(copy.getId(), content.version(), "Polikliniek 2026",
                adapted(content));
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.name()).isEqualTo("Polikliniek 2026");
        assertThat(saved.questions()).hasSize(content.questions().size());
        TemplateQuestion own = saved.questions().stream().filter(q -> q.text().equals("Er is budget voor scholing."))
                .findFirst().orElseThrow();
        // the theme's title comes from the questionnaire, not from the editor; the key is the template's own
        assertThat(own.themeTitle()).isEqualTo("Financiële middelen");
        assertThat(own.questionKey()).startsWith("eigen.financien.");
        assertThat(own.reverse()).isTrue();
        // statements stay grouped by theme, open questions last
        int ownIndex = saved.questions().indexOf(own);
        assertThat(saved.questions().get(ownIndex - 1).themeKey()).isEqualTo("financien");
        assertThat(saved.questions().getLast().open()).isTrue();

        ScanRound round = roundWith(copy.getId());
        assertThat(round.getTemplateId()).isEqualTo(copy.getId());
        assertThat(round.getTemplateRevision()).isEqualTo(2);
        List<ScanQuestion> asked = rounds.questions(round.getId());
        assertThat(asked).extracting(ScanQuestion::getText).containsExactlyElementsOf(
                saved.questions().stream().map(TemplateQuestion::text).toList());
        assertThat(asked.getFirst().isReverseScored()).isEqualTo(saved.questions().getFirst().reverse());
        assertThat(asked).extracting(ScanQuestion::getQuestionKey).doesNotContain(
                content.questions().get(1).questionKey());
    }

    @Test
    void saving_a_template_a_round_used_makes_a_new_version_and_the_round_keeps_its_questions() {
        OrganisationTemplate copy = library.copyTemplate(null, "Voor de nulmeting");
        ScanRound round = roundWith(copy.getId());
        List<String> before = rounds.questions(round.getId()).stream().map(ScanQuestion::getText).toList();
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 4, Map.of());

        TemplateContent content = library.template(copy.getId());
        assertThat(content.roundsUsing()).isEqualTo(1);
        TemplateContent saved = library.saveTemplate(copy.getId(), content.version(), content.name(),
                adapted(content));

        assertThat(saved.revision()).isEqualTo(content.revision() + 1);
        assertThat(rounds.questions(round.getId())).extracting(ScanQuestion::getText).containsExactlyElementsOf(before);
        assertThat(scanResults.results(round.getId()).totalResponses()).isEqualTo(5);
        assertThat(roundWith(copy.getId()).getTemplateRevision()).isEqualTo(saved.revision());
    }

    @Test
    void a_save_from_an_old_version_is_refused_and_bad_input_saves_nothing() {
        OrganisationTemplate copy = library.copyTemplate(null, "Samen bewerkt");
        TemplateContent content = library.template(copy.getId());
        library.saveTemplate(copy.getId(), content.version(), "Eerste", content.questions());
        assertThatThrownBy(() -> library.saveTemplate(copy.getId(), content.version(), "Tweede", content.questions()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        TemplateContent current = library.template(copy.getId());
        List<TemplateQuestion> empty = new ArrayList<>(current.questions());
        empty.set(0, empty.getFirst().withText("   ", false));
        assertThatThrownBy(() -> library.saveTemplate(copy.getId(), current.version(), "Eerste", empty))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.question.text");
        List<TemplateQuestion> unknownTheme = new ArrayList<>(current.questions());
        unknownTheme.add(TemplateQuestion.ownStatement("bestaat-niet", "", "Tekst", false));
        assertThatThrownBy(() -> library.saveTemplate(copy.getId(), current.version(), "Eerste", unknownTheme))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.theme");
        assertThatThrownBy(() -> library.saveTemplate(copy.getId(), current.version(), " ", current.questions()))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.template.name");
        assertThatThrownBy(() -> library.saveTemplate(copy.getId(), current.version(), "Eerste",
                current.questions().stream().filter(TemplateQuestion::open).toList()))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.questions.last");

        TemplateContent after = library.template(copy.getId());
        assertThat(after.revision()).isEqualTo(current.revision());
        assertThat(after.questions()).isEqualTo(current.questions());
    }

    @Test
    void a_used_template_is_archived_instead_of_deleted_and_is_no_longer_offered_for_new_rounds() {
        OrganisationTemplate used = library.copyTemplate(null, "Gebruikt");
        OrganisationTemplate unused = library.copyTemplate(used.getId(), "Ongebruikt");
        roundWith(used.getId());

        assertThatThrownBy(() -> library.deleteTemplate(used.getId(), library.template(used.getId()).version()))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.template.used");
        library.archiveTemplate(used.getId(), library.template(used.getId()).version());
        assertThat(library.templatesToChoose()).extracting(TemplateOverview::id).doesNotContain(used.getId())
                .contains(unused.getId());
        assertThat(library.templateLibrary()).filteredOn(t -> t.id() == used.getId()).singleElement()
                .satisfies(t -> {
                    assertThat(t.archived()).isTrue();
                    assertThat(t.roundsUsing()).isEqualTo(1);
                });
        assertThatThrownBy(() -> roundWith(used.getId()))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.template.unknown");
        TemplateContent archived = library.template(used.getId());
        assertThatThrownBy(() -> library.saveTemplate(used.getId(), archived.version(), "Nieuw", archived.questions()))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.template.archived");

        library.deleteTemplate(unused.getId(), library.template(unused.getId()).version());
        assertThat(library.templateLibrary()).extracting(TemplateOverview::id).doesNotContain(unused.getId());
    }

    @Test
    void a_copy_of_an_own_template_takes_its_adapted_questions_and_leaves_the_original_alone() {
        OrganisationTemplate original = library.copyTemplate(null, "Origineel");
        TemplateContent content = library.template(original.getId());
        TemplateContent adapted = library.saveTemplate(original.getId(), content.version(), "Origineel",
                adapted(content));
        OrganisationTemplate copy = library.copyTemplate(original.getId(), "Kopie");
        TemplateContent copied = library.template(copy.getId());
        assertThat(copied.questions()).isEqualTo(adapted.questions());
        assertThat(copied.revision()).isEqualTo(1);

        library.saveTemplate(copy.getId(), copied.version(), "Kopie", copied.questions().subList(0, 3));
        assertThat(library.template(original.getId()).questions()).isEqualTo(adapted.questions());
    }

    @Test
    void only_project_leads_and_beheerders_keep_the_library_and_one_round_takes_one_questionnaire() {
        OrganisationTemplate copy = library.copyTemplate(null, "Alleen voor leiders");
        ScanRound earlier = fixture.round(RespondentGroup.MEDEWERKERS);
        assertThatThrownBy(() -> rounds.createRound(fixture.traject.getId(), new RoundForm("Beide", fixture.today(),
                fixture.today().plusWeeks(1), Set.of(RespondentGroup.MEDEWERKERS), earlier.getId(), copy.getId())))
                .isInstanceOf(InvalidInput.class).hasMessage("scan.error.questionnaire.both");

        TestAccounts.signInAs(fixture.member);
        assertThatThrownBy(() -> library.templateLibrary()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.copyTemplate(null, "Mag niet")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.saveTemplate(copy.getId(), 0, "Mag niet", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.archiveTemplate(copy.getId(), 0)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("beheerder@demo.nl", nl.kwartiermaker.base.Role.BEHEERDER);
        assertThat(library.templateLibrary()).extracting(TemplateOverview::id).contains(copy.getId());
    }
}
