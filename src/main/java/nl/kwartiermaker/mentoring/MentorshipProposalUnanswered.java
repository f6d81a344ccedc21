package nl.kwartiermaker.mentoring;

/** Three more days passed after the reminder without an answer: the coordinator who proposed it is told, once. */
public record MentorshipProposalUnanswered(long mentorshipId, long expertId, String expertName, SupportKind kind,
                                           String supporterName, Long coordinatorId) {
}
