package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Set;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/** A regional activity as the coordinator describes it; it may run without an end date. */
public record ActivityForm(String title, String description, Set<ExperienceTheme> themes, LocalDate startsOn,
                           LocalDate endsOn) {

    public ActivityForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
