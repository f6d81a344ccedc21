package nl.kwartiermaker.roledescription;

import java.time.Instant;

/** A line in the list of role descriptions: the newest version of a description this person may see. */
public record RoleDescriptionSummary(long id, String title, String theme, int versionNumber,
                                     RoleDescriptionStatus status, Long trajectId, Instant modifiedAt) {

    public String fullTitle() {
        return RoleDescriptionContent.fullTitle(title, theme);
    }
}
