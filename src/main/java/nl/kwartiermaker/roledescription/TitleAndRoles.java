package nl.kwartiermaker.roledescription;

import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.traject.ExpertRole;

/** Step 1 of the builder: what the role is called, which of the five roles it takes, the traject it belongs to. */
public record TitleAndRoles(String title, String theme, Set<ExpertRole> roles, Long trajectId) {

    public static final String TITLE = "title";
    public static final String THEME = "theme";
    public static final String ROLES = "roles";
    public static final String TRAJECT_ID = "trajectId";

    public TitleAndRoles {
        title = RoleDescriptionContent.clean(title);
        theme = RoleDescriptionContent.clean(theme);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The full title as HR departments write it: "Ervaringsdeskundige armoede en schulden". */
    public String fullTitle() {
        return RoleDescriptionContent.fullTitle(title, theme);
    }
}
