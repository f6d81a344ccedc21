package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the coordinator fills in about someone in the register. The expert's fields (start date, traject, employment,
 * hours) count only when {@code expert} is set; capacity, seniority and availability only for a mentor or buddy. Texts
 * are trimmed, an empty e-mail address is none.
 */
public record PersonForm(String name, String email, Long userId, boolean expert, LocalDate startDate, String team,
                         Long trajectId, Set<ExperienceTheme> themes, Employment employment, Integer hoursPerWeek,
                         boolean offersMentoring, boolean offersBuddy, Seniority seniority, int capacity,
                         boolean available, String availabilityNote, boolean supervisor) {

    public PersonForm {
        name = trim(name);
        email = trim(email);
        team = trim(team);
        availabilityNote = trim(availabilityNote);
        themes = themes == null || themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
