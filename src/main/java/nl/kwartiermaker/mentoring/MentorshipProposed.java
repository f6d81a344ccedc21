package nl.kwartiermaker.mentoring;

/** The coordinator asked someone to be an expert's mentor or buddy; they answer in the portal. */
public record MentorshipProposed(long mentorshipId, long expertId, String expertName, SupportKind kind,
                                 Contact supporter) {
}
