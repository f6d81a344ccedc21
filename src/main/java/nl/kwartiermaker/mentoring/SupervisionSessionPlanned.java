package nl.kwartiermaker.mentoring;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The coordinator planned (or moved) the next session of a supervision arrangement; the expert and the supervisor are
 * invited. The same {@code sessionNumber} means the same session moved, so its invitation replaces the earlier one.
 */
public record SupervisionSessionPlanned(long arrangementId, long expertId, int sessionNumber, long sequence,
                                        LocalDateTime startsAt, int durationMinutes, String location,
                                        String expertName, String supervisorName, Invitee organizer,
                                        List<Invitee> invitees) {

    public SupervisionSessionPlanned {
        invitees = List.copyOf(invitees);
    }
}
