package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** What someone did to a version of a role description, for its change history. */
public enum ChangeAction {
    CREATED, EDITED, SUBMITTED, COMMENTED, ADOPTED, NEW_VERSION, VACANCY_EDITED, APPROVED, SENT_BACK, ANSWERED,
    RESOLVED, ADOPTED_OVERRIDE;

    public String labelKey() {
        return "roledesc.change." + name().toLowerCase(Locale.ROOT);
    }
}
