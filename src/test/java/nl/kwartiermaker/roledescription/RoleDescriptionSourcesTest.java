package nl.kwartiermaker.roledescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the builder quotes from the seeds says what the seeds say, and where it says it (issue 16). */
class RoleDescriptionSourcesTest {

    private final List<TextBlock> blocks = new TextBlockLibrary().blocks();

    private TextBlock block(String title) {
        return blocks.stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void the_core_tasks_cite_the_bcp_e_as_required_in_the_quality_requirements_of_003_not_a_raadsvoorstel() {
        TextBlock coreTasks = block("De drie kerntaken");
        assertThat(coreTasks.text()).contains("Beroepscompetentieprofiel Ervaringsdeskundigheid (BCP-E)");
        assertThat(coreTasks.source()).startsWith("002 ")
                .contains("003 Inkoopstrategie pool ervaringsdeskundigen (bijlage bij het collegevoorstel), "
                        + "Kwaliteitseisen")
                .doesNotContain("Raadsvoorstel");
    }

    @Test
    void the_mentor_of_seed_001_need_not_be_a_senior_expert() {
        assertThat(blocks).extracting(TextBlock::title).noneMatch(t -> t.toLowerCase().contains("senior"));
        TextBlock mentor = block("Een mentor als vraagbaak");
        assertThat(mentor.text()).startsWith("De ervaringsdeskundige krijgt een mentor, die wegwijs maakt");
        assertThat(mentor.source()).startsWith("001 Handreiking kwartiermaken, Fase 2: Regel een maatje/mentor");
    }

    @Test
    void the_blocks_say_functieprofiel_and_use_curly_apostrophes() {
        assertThat(blocks).allSatisfy(b -> assertThat(b.text()).doesNotContain("functieomschrijving", "'"));
    }

    @Test
    void the_missing_mentor_or_intervision_warning_cites_000_tip_7_and_001_fase_2() {
        RoleDescriptionContent content = RoleDescriptionWarningsTest.with(b -> b.mentor(false).intervision(false));
        RoleDescriptionWarning warning = RoleDescriptionWarnings.of(content).getFirst();
        assertThat(warning.rule()).isEqualTo(RoleDescriptionWarning.Rule.NO_MENTOR_OR_INTERVISION);
        assertThat(warning.source()).startsWith("000 Handreiking ervaringsdeskundigen inzetten, tip 7; "
                + "001 Handreiking kwartiermaken, Fase 2: Regel een maatje/mentor, coaching, intervisie en supervisie")
                .doesNotContain("tip 3");
    }

    @Test
    void exported_competences_say_their_levels_are_the_organisations_own_scale() {
        Labels keys = (key, params) -> key;
        RoleDescriptionContent withLevels = RoleDescriptionWarningsTest.sound();
        assertThat(SectionTexts.of(withLevels, DescriptionSection.COMPETENCES, keys).paragraphs())
                .containsExactly("roledesc.export.levels");
        RoleDescriptionContent none = new RoleDescriptionContent(withLevels.titleAndRoles(),
                withLevels.contextAndTasks(), new Competences(Map.of()), withLevels.placement(), withLevels.terms(),
                withLevels.support(), withLevels.free());
        assertThat(SectionTexts.of(none, DescriptionSection.COMPETENCES, keys).paragraphs()).isEmpty();
    }
}
