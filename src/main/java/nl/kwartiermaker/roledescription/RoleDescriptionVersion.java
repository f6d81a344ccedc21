package nl.kwartiermaker.roledescription;

/** One version in a description's history: enough to list and link it, without its content. */
public record RoleDescriptionVersion(long id, int number, RoleDescriptionStatus status) {
}
