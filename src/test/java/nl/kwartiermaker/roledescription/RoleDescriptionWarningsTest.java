package nl.kwartiermaker.roledescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.roledescription.RoleDescriptionWarning.Rule;
import nl.kwartiermaker.traject.ExpertRole;
import org.junit.jupiter.api.Test;

/** Each of the seeds' don'ts, once firing and once not, starting from a description that breaks none of them. */
class RoleDescriptionWarningsTest {

    /** Two experts, a line manager, 24 paid hours, mentor and intervision: nothing to warn about. */
    static RoleDescriptionContent sound() {
        return new RoleDescriptionContent(
                new TitleAndRoles("Ervaringsdeskundige", "armoede en schulden", Set.of(ExpertRole.ONDERSTEUNER), null),
                new ContextAndTasks("Wijkteam Noord", Set.of(), Set.of(CoreTask.INDIVIDUAL_RECOVERY),
                        List.of("Spreekuur houden")),
                new Competences(Map.of(Competence.METHODS, CompetenceLevel.BASIS)),
                new Placement(Positioning.EMBEDDED, 2, true, false, "", "Sanne de Leider"),
                new Terms(EmploymentType.PAID, 24, "Schaal 8", "Cao Sociaal Werk", ""),
                new SupportAndDevelopment(true, true, false, false, "", false, ""),
                new FreeSpace(""));
    }

    static RoleDescriptionContent with(java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(sound())).build();
    }

    static Set<Rule> rules(RoleDescriptionContent content) {
        return Set.copyOf(RoleDescriptionWarnings.of(content).stream().map(RoleDescriptionWarning::rule).toList());
    }

    @Test
    void a_sound_description_gets_no_warning() {
        assertThat(RoleDescriptionWarnings.of(sound())).isEmpty();
    }

    @Test
    void a_single_expert_in_a_team_is_warned_about_and_two_are_not() {
        assertThat(rules(with(b -> b.experts(1)))).containsExactly(Rule.SINGLE_EXPERT);
        assertThat(rules(with(b -> b.experts(2)))).isEmpty();
        assertThat(rules(with(b -> b.experts(null)))).isEmpty();
    }

    @Test
    void a_small_paid_contract_is_warned_about_but_not_sixteen_hours_or_volunteer_hours() {
        assertThat(rules(with(b -> b.hours(12)))).containsExactly(Rule.SMALL_CONTRACT);
        assertThat(rules(with(b -> b.hours(RoleDescriptionWarnings.SMALL_CONTRACT_HOURS)))).isEmpty();
        assertThat(rules(with(b -> b.hours(8).employment(EmploymentType.SELF_EMPLOYED)))).isEmpty();
    }

    @Test
    void no_line_manager_is_warned_about() {
        assertThat(rules(with(b -> b.lineManager("  ")))).containsExactly(Rule.NO_LINE_MANAGER);
        assertThat(rules(with(b -> b.lineManager("Teamleider Noord")))).isEmpty();
    }

    @Test
    void neither_mentor_nor_intervision_is_warned_about_and_either_one_is_enough() {
        assertThat(rules(with(b -> b.mentor(false).intervision(false)))).containsExactly(Rule.NO_MENTOR_OR_INTERVISION);
        assertThat(rules(with(b -> b.mentor(false)))).isEmpty();
        assertThat(rules(with(b -> b.intervision(false)))).isEmpty();
    }

    @Test
    void volunteer_work_without_a_path_to_paid_work_is_warned_about() {
        assertThat(rules(with(b -> b.employment(EmploymentType.VOLUNTEER).path(false))))
                .containsExactly(Rule.VOLUNTEER_WITHOUT_PATH);
        assertThat(rules(with(b -> b.employment(EmploymentType.VOLUNTEER).path(true)))).isEmpty();
    }

    @Test
    void a_title_without_ervaringsdeskundige_is_warned_about_in_any_case_of_letters() {
        assertThat(rules(with(b -> b.title("Herstelcoach")))).containsExactly(Rule.TITLE_WITHOUT_EXPERT);
        assertThat(rules(with(b -> b.title("Senior ERVARINGSDESKUNDIGE")))).isEmpty();
    }

    @Test
    void the_expert_as_project_lead_of_their_own_introduction_is_warned_about() {
        assertThat(rules(with(b -> b.leads(true)))).containsExactly(Rule.EXPERT_LEADS_OWN_INTRODUCTION);
        assertThat(rules(with(b -> b.leads(false)))).isEmpty();
    }

    @Test
    void every_warning_names_its_section_and_a_seed_as_source() {
        RoleDescriptionContent everything = with(b -> b.experts(1).hours(8).lineManager("").mentor(false)
                .intervision(false).title("Coach").leads(true));
        List<RoleDescriptionWarning> warnings = RoleDescriptionWarnings.of(everything);
        assertThat(warnings).hasSize(6);
        assertThat(warnings).allSatisfy(w -> {
            assertThat(w.source()).matches("^00[0-4] .+");
            assertThat(w.section()).isNotNull();
        });
    }

    /** Changes one thing at a time in an otherwise sound description. */
    static final class Builder {
        private String title;
        private Integer experts;
        private Integer hours;
        private EmploymentType employment;
        private String lineManager;
        private boolean mentor;
        private boolean intervision;
        private boolean path;
        private boolean leads;
        private final RoleDescriptionContent base;

        Builder(RoleDescriptionContent base) {
            this.base = base;
            title = base.title();
            experts = base.placement().expertsInTeam();
            hours = base.terms().hoursPerWeek();
            employment = base.terms().employmentType();
            lineManager = base.placement().lineManager();
            mentor = base.support().mentor();
            intervision = base.support().intervision();
            path = base.support().pathToPaid();
            leads = base.placement().expertLeadsIntroduction();
        }

        Builder title(String value) { title = value; return this; }
        Builder experts(Integer value) { experts = value; return this; }
        Builder hours(Integer value) { hours = value; return this; }
        Builder employment(EmploymentType value) { employment = value; return this; }
        Builder lineManager(String value) { lineManager = value; return this; }
        Builder mentor(boolean value) { mentor = value; return this; }
        Builder intervision(boolean value) { intervision = value; return this; }
        Builder path(boolean value) { path = value; return this; }
        Builder leads(boolean value) { leads = value; return this; }

        RoleDescriptionContent build() {
            TitleAndRoles heading = base.titleAndRoles();
            Placement placement = base.placement();
            Terms terms = base.terms();
            SupportAndDevelopment support = base.support();
            return base.with(new TitleAndRoles(title, heading.theme(), heading.roles(), heading.trajectId()))
                    .with(new Placement(placement.positioning(), experts, placement.tandem(), leads, placement.notes(),
                            lineManager))
                    .with(new Terms(employment, hours, terms.payGuidance(), terms.collectiveAgreement(),
                            terms.conditions()))
                    .with(new SupportAndDevelopment(mentor, intervision, support.supervision(),
                            support.professionalNetwork(), support.support(), path, support.development()));
        }
    }
}
