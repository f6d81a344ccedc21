package nl.kwartiermaker.readiness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Stream;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.readiness.OrganisationTemplate;
import nl.kwartiermaker.readiness.QuestionnaireLibraryService;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.ScanFixture;
import nl.kwartiermaker.readiness.ScanQuestion;
import nl.kwartiermaker.readiness.TemplateContent;
import nl.kwartiermaker.readiness.TemplateQuestion;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ScanTemplateViewsTest extends BrowserlessViewTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ScanRoundService rounds;
    @Autowired
    QuestionnaireLibraryService library;
    @Autowired
    TrajectService trajecten;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    ScanFixture fixture;

    @BeforeEach
    void traject() {
        fixture = new ScanFixture(context);
    }

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * The library is organisation-wide and the demo data has a template: show it without any, in a transaction that
     * is rolled back, so the other tests (and the demo template's id) are untouched.
     */
    private void withoutTemplates(Runnable check) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("update scan_round set template_id = null, template_revision = null");
            jdbc.update("delete from scan_template_question");
            jdbc.update("delete from scan_template");
            check.run();
        });
    }

    private static Stream<Component> inside(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ScanTemplateViewsTest::inside));
    }

    private Section theme(String title) {
        return $(Section.class).all().stream().filter(s -> inside(s).anyMatch(c -> c instanceof H2 h
                && h.getText().equals(title))).findFirst().orElseThrow();
    }

    private Button button(Component root, String text) {
        return inside(root).filter(c -> c instanceof Button b && b.getText().equals(text)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void the_library_starts_with_the_shipped_questionnaire_and_says_how_to_make_an_own_one() {
        withoutTemplates(() -> {
            navigate("scans/vragenlijsten", ScanTemplatesView.class);
            assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                    .startsWith("Er zijn nog geen eigen vragenlijsten.");
            assertThat($(H2.class).all()).extracting(H2::getText).contains("Gereedheidsscan ervaringsdeskundigheid");
        });
        ScanTemplatesView view = navigate("scans/vragenlijsten", ScanTemplatesView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").all()).isEmpty();

        test(view.copyShipped).click();
        TextField name = $(TextField.class).all().stream().filter(f -> "Naam van de vragenlijst".equals(f.getLabel()))
                .findFirst().orElseThrow();
        assertThat(name.getValue()).isEqualTo("Kopie van Gereedheidsscan ervaringsdeskundigheid");
        name.setValue("Scan voor de wijkteams");
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Kopie maken")).findFirst()
                .orElseThrow()).click();

        assertThat(getCurrentView()).isInstanceOf(ScanTemplateEditor.class);
        assertThat(notificationTexts()).contains("Vragenlijst \"Scan voor de wijkteams\" is gemaakt. Pas haar hier aan.");
        navigate("scans/vragenlijsten", ScanTemplatesView.class);
        Section card = $(Section.class).all().stream().filter(s -> inside(s).anyMatch(c -> c instanceof H3 h
                && h.getText().equals("Scan voor de wijkteams"))).findFirst().orElseThrow();
        // no round used it yet: it can be deleted; once used it can only be archived
        assertThat(inside(card).filter(c -> c instanceof Button).map(c -> ((Button) c).getText()))
                .contains("Verwijderen").doesNotContain("Archiveren");
    }

    @Test
    void the_editor_rewords_adds_and_leaves_out_and_saves_a_new_version() {
        OrganisationTemplate copy = library.copyTemplate(null, "Bewerkbaar");
        TemplateContent before = library.template(copy.getId());
        ScanTemplateEditor editor = navigate("scans/vragenlijsten/" + copy.getId(), ScanTemplateEditor.class);
        assertThat(editor.texts).hasSize(before.questions().size());

        editor.texts.getFirst().setValue("Ik weet precies wat ervaringskennis is.");
        Section houding = theme("Houding en draagvlak");
        inside(houding).filter(c -> c instanceof TextField f && "Nieuwe stelling".equals(f.getLabel()))
                .map(TextField.class::cast).findFirst().orElseThrow()
                .setValue("Mijn team wil graag met een ervaringsdeskundige werken.");
        inside(houding).filter(c -> c instanceof Checkbox b && b.getLabel().startsWith("Negatief")).reduce((a, b) -> b)
                .map(Checkbox.class::cast).orElseThrow().setValue(true);
        test(button(houding, "Stelling toevoegen")).click();
        // the reworded text survives re-rendering after the addition
        assertThat(editor.texts.getFirst().getValue()).isEqualTo("Ik weet precies wat ervaringskennis is.");
        test(button(theme("Financiële middelen"), "Weglaten")).click();
        test(editor.save).click();

        assertThat(notificationTexts()).contains("Opgeslagen als versie 2.");
        TemplateContent after = library.template(copy.getId());
        assertThat(after.revision()).isEqualTo(2);
        assertThat(after.questions()).hasSize(before.questions().size());
        assertThat(after.questions().getFirst().text()).isEqualTo("Ik weet precies wat ervaringskennis is.");
        assertThat(after.questions()).filteredOn(q -> q.text().startsWith("Mijn team wil")).singleElement()
                .satisfies(q -> {
                    assertThat(q.themeKey()).isEqualTo("houding");
                    assertThat(q.reverse()).isTrue();
                });
        assertThat(after.questions().stream().filter(q -> q.themeKey().equals("financien")).count())
                .isEqualTo(before.questions().stream().filter(q -> q.themeKey().equals("financien")).count() - 1);
    }

    @Test
    void the_editor_shows_the_experts_wording_of_a_statement_and_saves_it_with_the_statement() {
        OrganisationTemplate copy = library.copyTemplate(null, "Met woorden voor ervaringsdeskundigen");
        TemplateContent before = library.template(copy.getId());
        int positie = before.questions().stream().map(TemplateQuestion::questionKey).toList().indexOf("houding.positie");
        ScanTemplateEditor editor = navigate("scans/vragenlijsten/" + copy.getId(), ScanTemplateEditor.class);
        assertThat(editor.expertTexts).hasSameSizeAs(editor.texts);
        // the rows follow the template's order: statements by theme, open questions last
        assertThat(editor.expertTexts.get(positie).getValue()).startsWith("Ik maak me zorgen dat reguliere collega’s");
        assertThat(editor.expertTexts.get(positie).getLabel()).isEqualTo("Voor ervaringsdeskundigen");

        editor.expertTexts.get(positie).setValue("Ik vrees dat collega’s mij als concurrent zien.");
        editor.expertTexts.getFirst().setValue("");
        // re-rendering after a statement is left out keeps what was typed
        test(button(theme("Financiële middelen"), "Weglaten")).click();
        test(editor.save).click();

        TemplateContent after = library.template(copy.getId());
        assertThat(after.questions()).filteredOn(q -> "houding.positie".equals(q.questionKey())).singleElement()
                .extracting(TemplateQuestion::expertText).isEqualTo("Ik vrees dat collega’s mij als concurrent zien.");
        assertThat(after.questions().getFirst().expertText()).isNull();
    }

    @Test
    void a_save_over_someone_elses_change_is_refused_and_the_edits_stay_on_screen() {
        OrganisationTemplate copy = library.copyTemplate(null, "Gedeeld");
        ScanTemplateEditor editor = navigate("scans/vragenlijsten/" + copy.getId(), ScanTemplateEditor.class);
        TemplateContent content = library.template(copy.getId());
        List<TemplateQuestion> theirs = new java.util.ArrayList<>(content.questions());
        theirs.set(0, theirs.getFirst().withText("Hun versie van de eerste stelling.", false));
        library.saveTemplate(copy.getId(), content.version(), "Gedeeld", theirs);

        editor.texts.getFirst().setValue("Mijn versie van de eerste stelling.");
        click(editor.save);

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Iemand anders heeft dit intussen gewijzigd")
                && t.contains("Wat je hebt ingevuld staat er nog"));
        assertThat(editor.texts.getFirst().getValue()).isEqualTo("Mijn versie van de eerste stelling.");
        assertThat(library.template(copy.getId()).questions().getFirst().text())
                .isEqualTo("Hun versie van de eerste stelling.");
    }

    @Test
    void a_new_round_can_start_from_an_own_questionnaire() {
        OrganisationTemplate copy = library.copyTemplate(null, "Voor de ronde");
        TemplateContent content = library.template(copy.getId());
        library.saveTemplate(copy.getId(), content.version(), "Voor de ronde", content.questions().subList(0, 4));
        ScanRoundsView view = navigate("trajecten/" + fixture.traject.getId() + "/scans", ScanRoundsView.class);
        test(view.newRound).click();
        $(TextField.class).all().stream().filter(f -> "Naam van de ronde".equals(f.getLabel())).findFirst()
                .orElseThrow().setValue("Met eigen vragen");
        @SuppressWarnings("unchecked")
        Select<ScanRoundsView.QuestionnaireChoice> questionnaire = $(Select.class).all().stream()
                .filter(s -> "Vragenlijst".equals(s.getLabel())).findFirst().orElseThrow();
        questionnaire.setValue(questionnaire.getListDataView().getItems()
                .filter(c -> copy.getId().equals(c.templateId())).findFirst().orElseThrow());
        assertThat(questionnaire.getValue().label()).isEqualTo("Eigen vragenlijst: Voor de ronde (versie 2)");
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Ronde starten")).findFirst()
                .orElseThrow()).click();

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Met eigen vragen"));
        long roundId = rounds.rounds(fixture.traject.getId()).stream().filter(r -> r.name().equals("Met eigen vragen"))
                .findFirst().orElseThrow().id();
        assertThat(rounds.questions(roundId)).extracting(ScanQuestion::getText).containsExactlyElementsOf(
                content.questions().subList(0, 4).stream().map(TemplateQuestion::text).toList());
    }

    @Test
    void the_library_costs_a_fixed_number_of_statements() {
        library.copyTemplate(null, "Een");
        var one = statementsToOpen("scans/vragenlijsten");
        OrganisationTemplate used = library.copyTemplate(null, "Twee");
        fixture.round(RespondentGroup.MEDEWERKERS);
        rounds.createRound(fixture.traject.getId(), new nl.kwartiermaker.readiness.RoundForm("Drie", fixture.today(),
                fixture.today().plusWeeks(1), java.util.Set.of(RespondentGroup.MEDEWERKERS), null, used.getId()));
        library.copyTemplate(used.getId(), "Drie");
        var three = statementsToOpen("scans/vragenlijsten");
        assertThat(three).hasSize(one.size());
        assertThat(one).hasSize(LIBRARY_PAGE_STATEMENTS);
    }

    /** The templates; their question counts; the rounds that used them. */
    static final int LIBRARY_PAGE_STATEMENTS = 3;
}
