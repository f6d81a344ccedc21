package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a respondent sees behind a link: the questions when the link works, otherwise only why it does not.
 * {@code singleUse}: a personal invitation or a link to continue later, which keeps saved answers ({@code saved});
 * saving with a group link gives the respondent such a link of their own.
 */
public record Questionnaire(LinkState state, String roundName, LocalDate closesOn, RespondentGroup group,
                            boolean singleUse, List<ScanQuestion> questions, Map<Long, AnswerValue> saved) {

    public enum LinkState { OPEN, NOT_YET_OPEN, CLOSED, USED, UNKNOWN }

    static Questionnaire unusable(LinkState state) {
        return new Questionnaire(state, "", null, null, false, List.of(), Map.of());
    }
}
