package nl.kwartiermaker.mentoring;

/** A proposal went three days without an answer: the proposed supporter is reminded, once. */
public record MentorshipProposalReminderDue(long mentorshipId, long expertId, String expertName, SupportKind kind,
                                            Contact supporter) {
}
