package nl.kwartiermaker.mentoring;

import java.time.LocalDateTime;

/** One intervision session as planned: local time in Europe/Amsterdam, length, place and theme. */
public record IntervisionSessionForm(LocalDateTime startsAt, int durationMinutes, String location, String theme) {

    public IntervisionSessionForm {
        location = location == null ? "" : location;
        theme = theme == null ? "" : theme;
    }
}
