package nl.kwartiermaker.mentoring;

/** The coordinator ended a running mentorship, with the reason. */
public record MentorshipEnded(long mentorshipId, long expertId, SupportKind kind, Contact expert, Contact supporter,
                              Long coordinatorId, String reason) {
}
