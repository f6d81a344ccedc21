package nl.kwartiermaker.roledescription;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything HR writes in a role description, as one value made of one small record per step of the builder: a step
 * binds its form to its own record and replaces only that part ({@code content.with(terms)}), the warnings read the
 * whole, versions are compared by it. Texts are never null; absent numbers and choices are. A step other than the
 * first may be given as null while it is not filled in; it reads as empty.
 */
public record RoleDescriptionContent(TitleAndRoles titleAndRoles, ContextAndTasks contextAndTasks,
                                     Competences competences, Placement placement, Terms terms,
                                     SupportAndDevelopment support, FreeSpace free) {

    public RoleDescriptionContent {
        Objects.requireNonNull(titleAndRoles, "titleAndRoles");
        contextAndTasks = contextAndTasks == null ? new ContextAndTasks("", Set.of(), Set.of(), List.of())
                : contextAndTasks;
        competences = competences == null ? new Competences(Map.of()) : competences;
        placement = placement == null ? new Placement(null, null, false, false, "", "") : placement;
        terms = terms == null ? new Terms(null, null, "", "", "") : terms;
        support = support == null ? new SupportAndDevelopment(false, false, false, false, "", false, "") : support;
        free = free == null ? new FreeSpace("") : free;
    }

    /** A new description: only its title, every step still empty. */
    public static RoleDescriptionContent titled(String title) {
        return new RoleDescriptionContent(new TitleAndRoles(title, "", Set.of(), null), null, null, null, null, null,
                null);
    }

    public RoleDescriptionContent with(TitleAndRoles changed) {
        return new RoleDescriptionContent(changed, contextAndTasks, competences, placement, terms, support, free);
    }

    public RoleDescriptionContent with(ContextAndTasks changed) {
        return new RoleDescriptionContent(titleAndRoles, changed, competences, placement, terms, support, free);
    }

    public RoleDescriptionContent with(Competences changed) {
        return new RoleDescriptionContent(titleAndRoles, contextAndTasks, changed, placement, terms, support, free);
    }

    public RoleDescriptionContent with(Placement changed) {
        return new RoleDescriptionContent(titleAndRoles, contextAndTasks, competences, changed, terms, support, free);
    }

    public RoleDescriptionContent with(Terms changed) {
        return new RoleDescriptionContent(titleAndRoles, contextAndTasks, competences, placement, changed, support,
                free);
    }

    public RoleDescriptionContent with(SupportAndDevelopment changed) {
        return new RoleDescriptionContent(titleAndRoles, contextAndTasks, competences, placement, terms, changed,
                free);
    }

    public RoleDescriptionContent with(FreeSpace changed) {
        return new RoleDescriptionContent(titleAndRoles, contextAndTasks, competences, placement, terms, support,
                changed);
    }

    public String title() {
        return titleAndRoles.title();
    }

    public Long trajectId() {
        return titleAndRoles.trajectId();
    }

    /** The full title as HR departments write it: "Ervaringsdeskundige armoede en schulden". */
    public String fullTitle() {
        return titleAndRoles.fullTitle();
    }

    static String fullTitle(String title, String theme) {
        return theme.isEmpty() ? title : title + " " + theme;
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
