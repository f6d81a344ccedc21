package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a project lead fills in to start a round. {@code basedOnRoundId} copies the (possibly adapted) questions of an
 * earlier round of the same traject, so a re-scan asks the same and can be compared; {@code templateId} copies an
 * organisation template; without either the latest shipped questionnaire is used.
 */
public record RoundForm(String name, LocalDate opensOn, LocalDate closesOn, Set<RespondentGroup> groups,
                        Long basedOnRoundId, Long templateId) {

    public RoundForm {
        name = name == null ? "" : name.strip();
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** A round with the shipped questionnaire or, with {@code basedOnRoundId}, an earlier round's questions. */
    public RoundForm(String name, LocalDate opensOn, LocalDate closesOn, Set<RespondentGroup> groups,
                     Long basedOnRoundId) {
        this(name, opensOn, closesOn, groups, basedOnRoundId, null);
    }
}
