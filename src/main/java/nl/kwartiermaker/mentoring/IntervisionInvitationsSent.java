package nl.kwartiermaker.mentoring;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The facilitator or coordinator sent the invitations to an intervision session, to its group's members and
 * facilitator. {@code sequence} grows with every change of the session, so a later invitation replaces an earlier
 * one in the calendar. {@code startsAt} is local time in Europe/Amsterdam.
 */
public record IntervisionInvitationsSent(long groupId, long sessionId, long sequence, String groupName,
                                         LocalDateTime startsAt, int durationMinutes, String location, String theme,
                                         Invitee organizer, List<Invitee> invitees) {

    public IntervisionInvitationsSent {
        invitees = List.copyOf(invitees);
    }
}
