package nl.kwartiermaker.pool;

import java.time.LocalDate;
import java.util.Set;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/** What a municipality's kick-off meeting found, as the coordinator writes it down. */
public record InventoryForm(LocalDate metOn, String participants, Set<ExperienceTheme> themes, Set<PoolRole> roles,
                            String notes) {

    public InventoryForm {
        participants = participants == null ? "" : participants;
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        notes = notes == null ? "" : notes;
    }
}
