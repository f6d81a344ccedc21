package nl.kwartiermaker.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the decision page collects. */
public record DecisionForm(List<PreconditionAssessment> preconditions, Set<String> motives, Outcome outcome,
                           String rationale, String conditions, String decisionMakers, LocalDate decidedOn,
                           LocalDate reviewDate) {

    public DecisionForm {
        preconditions = preconditions == null ? List.of() : preconditions.stream()
                .map(p -> new PreconditionAssessment(p.precondition(), p.rating(),
                        p.evidence() == null ? "" : p.evidence().strip()))
                .toList();
        motives = motives == null ? Set.of() : Set.copyOf(motives);
        rationale = rationale == null ? "" : rationale.strip();
        conditions = conditions == null ? "" : conditions.strip();
        decisionMakers = decisionMakers == null ? "" : decisionMakers.strip();
    }
}
