package nl.kwartiermaker.mentoring;

/** The proposed supporter declined, with their reason; the coordinator who proposed it looks for someone else. */
public record MentorshipDeclined(long mentorshipId, long expertId, String expertName, SupportKind kind,
                                 String supporterName, String reason, Long coordinatorId) {
}
