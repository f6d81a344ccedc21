package nl.kwartiermaker.mentoring;

import java.time.LocalDateTime;

/** The next supervision session: local time in Europe/Amsterdam, length and place. */
public record SupervisionSessionForm(LocalDateTime startsAt, int minutes, String location) {

    public SupervisionSessionForm {
        location = location == null ? "" : location;
    }
}
