package nl.kwartiermaker.mentoring;

import java.time.LocalDate;

/**
 * A check-in as the history shows it, without its notes: those are sensitive and read only on request
 * ({@link CheckInService#notesOf}). {@code supporterName}: the mentor or buddy it was held with.
 */
public record LoggedCheckIn(long id, long version, long mentorshipId, SupportKind kind, String supporterName,
                            LocalDate heldOn, CheckInForm form, String topics, String goal, String agreedActions,
                            long loggedById) {
}
