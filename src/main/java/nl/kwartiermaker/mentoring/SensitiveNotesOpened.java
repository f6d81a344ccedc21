package nl.kwartiermaker.mentoring;

/**
 * Someone read an expert's sensitive fields ({@code part}: e.g. "personal notes", "check-in notes"). The audit log
 * records who, what and when, never the content. Published after the access check passed.
 */
public record SensitiveNotesOpened(long personId, String part) {
}
