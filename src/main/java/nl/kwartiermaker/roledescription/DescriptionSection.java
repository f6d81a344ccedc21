package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** The parts of a role description: what a reviewer comments on, what versions are compared by, what exports show. */
public enum DescriptionSection {
    TITLE, ROLES, CONTEXT, CORE_TASKS, COMPETENCES, TASKS, POSITIONING, LINE_MANAGER, EMPLOYMENT, PAY, CONDITIONS,
    SUPPORT, DEVELOPMENT, FREE;

    public String labelKey() {
        return "roledesc.section." + name().toLowerCase(Locale.ROOT);
    }
}
