package nl.kwartiermaker.pool;

import java.time.LocalDate;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/** A deployment request as the list shows it, with its municipality's name, read in one statement per page. */
public record RequestLine(long id, String partnerName, ExperienceTheme theme, PoolRole role, String place,
                          int expectedHours, LocalDate startsOn, LocalDate endsOn, RequestStatus status) {
}
