package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a project lead fills in to start a round. {@code basedOnRoundId} copies the (possibly adapted) questions of an
 * earlier round of the same traject, so a re-scan asks the same and can be compared; without it the latest
 * questionnaire is used.
 */
public record RoundForm(String name, LocalDate opensOn, LocalDate closesOn, Set<RespondentGroup> groups,
                        Long basedOnRoundId) {

    public RoundForm {
        name = name == null ? "" : name.strip();
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
