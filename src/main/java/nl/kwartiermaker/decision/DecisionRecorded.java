package nl.kwartiermaker.decision;

import java.time.LocalDate;
import java.util.Set;

/** A go/no-go decision was recorded; everyone involved in the traject hears of it. */
public record DecisionRecorded(long decisionId, long trajectId, String trajectName, Outcome outcome,
                               LocalDate decidedOn, LocalDate reviewDate, Set<Long> involvedUserIds) {
}
