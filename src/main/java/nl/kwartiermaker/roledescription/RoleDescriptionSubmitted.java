package nl.kwartiermaker.roledescription;

/** A version was sent to a reviewer, who is asked to comment on it. */
public record RoleDescriptionSubmitted(long descriptionId, String title, long reviewerId, String submittedBy) {
}
