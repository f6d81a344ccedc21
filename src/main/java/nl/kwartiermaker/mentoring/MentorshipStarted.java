package nl.kwartiermaker.mentoring;

/** The proposed supporter accepted: the mentorship runs. {@code coordinatorId}: the account that proposed it. */
public record MentorshipStarted(long mentorshipId, long expertId, SupportKind kind, Contact expert, Contact supporter,
                                Long coordinatorId) {
}
