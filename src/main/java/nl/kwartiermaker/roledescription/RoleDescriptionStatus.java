package nl.kwartiermaker.roledescription;

import java.util.Locale;

/** Where a version of a role description stands: drafted, reviewed, adopted, or replaced by a newer adopted one. */
public enum RoleDescriptionStatus {
    DRAFT, IN_REVIEW, ADOPTED, SUPERSEDED;

    public String labelKey() {
        return "roledesc.status." + name().toLowerCase(Locale.ROOT);
    }

    /** Only a draft or a version in review changes; an adopted one gets a new version instead. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
