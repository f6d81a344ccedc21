package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.List;

/** A change to a checklist item. The owner is only changed by the project lead or a Beheerder. */
public record ItemChange(ItemStatus status, String notApplicableReason, Long ownerId, LocalDate dueDate, String notes,
                         List<String> evidenceLinks) {

    public ItemChange {
        notApplicableReason = notApplicableReason == null ? "" : notApplicableReason.strip();
        notes = notes == null ? "" : notes.strip();
        evidenceLinks = evidenceLinks == null ? List.of()
                : evidenceLinks.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
