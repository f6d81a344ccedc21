package nl.kwartiermaker.base;

/** Someone tried to open a view their roles do not allow; the audit log records it. */
public record ViewAccessDenied(String username, String location) {
}
