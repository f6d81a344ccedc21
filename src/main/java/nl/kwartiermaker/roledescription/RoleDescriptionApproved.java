package nl.kwartiermaker.roledescription;

/** The reviewer approved a version; its author may now adopt it. The summary may be empty. */
public record RoleDescriptionApproved(long descriptionId, String title, Long authorId, String reviewerName,
                                      String summary) {
}
