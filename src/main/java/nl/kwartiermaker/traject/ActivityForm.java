package nl.kwartiermaker.traject;

import java.time.LocalDate;

/** What the project lead fills in for an activity on a traject; place and description may stay empty. */
public record ActivityForm(String title, LocalDate date, String place, String description) {

    public ActivityForm {
        title = title == null ? "" : title.strip();
        place = place == null ? "" : place.strip();
        description = description == null ? "" : description.strip();
    }
}
