package nl.kwartiermaker.roledescription;

/** The reviewer sent a version back to its author, with a summary of what to change. */
public record RoleDescriptionSentBack(long descriptionId, String title, Long authorId, String reviewerName,
                                      String summary) {
}
