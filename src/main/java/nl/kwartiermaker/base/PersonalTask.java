package nl.kwartiermaker.base;

import java.time.LocalDate;
import java.util.List;

/**
 * Something a feature asks of the signed-in person, for their task list ("Mijn taken"): what to do (a message key
 * and its parameters, so it is said in the person's language), the exact place to do it, and by when, if there is a
 * date. {@code urgent}: needs attention before everything without a date (e.g. someone is waiting for it).
 */
public record PersonalTask(String messageKey, List<Object> params, String link, LocalDate due, boolean urgent) {

    public PersonalTask {
        params = List.copyOf(params);
    }

    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
