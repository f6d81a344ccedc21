package nl.kwartiermaker.readiness;

import java.util.List;
import java.util.Optional;

/**
 * A version of the questionnaire (resource {@code readiness/scan-v<N>.yaml}): themes of statements on a 5-point scale,
 * each theme with the advice it leads to when it scores low, and a few open questions. A round copies the statements
 * it uses, so a later version never changes a round that ran.
 */
public record ScanTemplate(int version, String name, List<Theme> themes, List<OpenQuestion> openQuestions) {

    public record Theme(String key, String title, String advice, String checklistKey, String source,
                        List<Statement> statements) {
    }

    /**
     * {@code expertText}: the wording the group {@link RespondentGroup#ERVARINGSDESKUNDIGEN} reads instead (version 2
     * on), or null when every group reads {@code text}. Same key and direction, so both count as one statement.
     */
    public record Statement(String key, String text, boolean reverse, String expertText) {
        public Statement(String key, String text, boolean reverse) {
            this(key, text, reverse, null);
        }
    }

    public record OpenQuestion(String key, String text) {
    }

    public int statementCount() {
        return themes.stream().mapToInt(t -> t.statements().size()).sum();
    }

    public Optional<Theme> theme(String key) {
        return themes.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
