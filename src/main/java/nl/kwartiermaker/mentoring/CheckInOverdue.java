package nl.kwartiermaker.mentoring;

import java.time.LocalDate;

/** A mentor's check-in was due on {@code due} and has not been logged: mentor and expert are reminded, once. */
public record CheckInOverdue(long mentorshipId, long expertId, LocalDate due, Contact expert, Contact mentor) {
}
