package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A round as the rounds page lists it, with personal invitations, answers and responses per group. */
public record RoundOverview(long id, long version, String name, RoundState state, LocalDate opensOn,
                            LocalDate closesOn, Set<RespondentGroup> groups, Map<RespondentGroup, Long> invited,
                            Map<RespondentGroup, Long> answered, Map<RespondentGroup, Long> responses,
                            Map<RespondentGroup, Long> groupLinks, boolean questionsEditable) {

    public long notAnswered() {
        return invited.values().stream().mapToLong(Long::longValue).sum()
                - answered.values().stream().mapToLong(Long::longValue).sum();
    }
}
