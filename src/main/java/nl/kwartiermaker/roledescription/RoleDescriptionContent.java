package nl.kwartiermaker.roledescription;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;

/**
 * Everything HR writes in a role description, as one value: the builder's steps each change a part of it and save
 * the whole, the warnings read it, versions are compared by it. Texts are never null; absent numbers are.
 */
public record RoleDescriptionContent(
        String title, String theme, Set<ExpertRole> roles, Long trajectId,
        String context, Set<CoreTask> coreTasks, Map<Competence, CompetenceLevel> competences, List<String> tasks,
        Positioning positioning, Integer expertsInTeam, boolean tandem, boolean expertLeadsIntroduction,
        String positioningNotes, String lineManager,
        Integer hoursPerWeek, EmploymentType employmentType, String payGuidance, String collectiveAgreement,
        String conditions,
        boolean mentor, boolean intervision, boolean supervision, boolean professionalNetwork, String support,
        boolean pathToPaid, String development,
        String free, Set<Domain> domains) {

    public RoleDescriptionContent {
        title = clean(title);
        theme = clean(theme);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        context = clean(context);
        coreTasks = coreTasks == null || coreTasks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coreTasks));
        competences = competences == null ? Map.of() : Map.copyOf(competences);
        tasks = tasks == null ? List.of() : tasks.stream().map(RoleDescriptionContent::clean)
                .filter(t -> !t.isEmpty()).toList();
        positioningNotes = clean(positioningNotes);
        lineManager = clean(lineManager);
        payGuidance = clean(payGuidance);
        collectiveAgreement = clean(collectiveAgreement);
        conditions = clean(conditions);
        support = clean(support);
        development = clean(development);
        free = clean(free);
        domains = domains == null || domains.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(domains));
    }

    /** Without the domains the expert works in, for callers that do not set them. */
    public RoleDescriptionContent(String title, String theme, Set<ExpertRole> roles, Long trajectId, String context,
                                  Set<CoreTask> coreTasks, Map<Competence, CompetenceLevel> competences,
                                  List<String> tasks, Positioning positioning, Integer expertsInTeam, boolean tandem,
                                  boolean expertLeadsIntroduction, String positioningNotes, String lineManager,
                                  Integer hoursPerWeek, EmploymentType employmentType, String payGuidance,
                                  String collectiveAgreement, String conditions, boolean mentor, boolean intervision,
                                  boolean supervision, boolean professionalNetwork, String support,
                                  boolean pathToPaid, String development, String free) {
        this(title, theme, roles, trajectId, context, coreTasks, competences, tasks, positioning, expertsInTeam,
                tandem, expertLeadsIntroduction, positioningNotes, lineManager, hoursPerWeek, employmentType,
                payGuidance, collectiveAgreement, conditions, mentor, intervision, supervision, professionalNetwork,
                support, pathToPaid, development, free, Set.of());
    }

    /** A new description: only its title. */
    public static RoleDescriptionContent titled(String title) {
        return new RoleDescriptionContent(title, "", Set.of(), null, "", Set.of(), Map.of(), List.of(), null, null,
                false, false, "", "", null, null, "", "", "", false, false, false, false, "", false, "", "");
    }

    /** The full title as HR departments write it: "Ervaringsdeskundige armoede en schulden". */
    public String fullTitle() {
        return fullTitle(title, theme);
    }

    static String fullTitle(String title, String theme) {
        return theme.isEmpty() ? title : title + " " + theme;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
