package nl.kwartiermaker.pool;

import java.time.LocalDate;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/**
 * A municipality's request for an expert of the pool: for what theme and role, where, how many hours over which
 * period, and what is needed — never who it is for. {@code partnerId} is the coordinator's choice when filing on a
 * municipality's behalf; a contact always files for their own municipality.
 */
public record RequestForm(Long partnerId, ExperienceTheme theme, PoolRole role, String place, Integer expectedHours,
                          LocalDate startsOn, LocalDate endsOn, String description) {

    public RequestForm {
        place = place == null ? "" : place.strip();
        description = description == null ? "" : description.strip();
    }
}
