package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a round as they may be shown: scores only for groups that pass the {@link GroupThreshold}, totals
 * only when enough people answered, and nothing but the response per group until the round is sealed
 * ({@code released}). Scores run from 1 (weak) to 5 (strong), after reversing negatively worded statements; "weet
 * niet" is left out of every score. {@code closedOn} is the day the round stopped taking answers, once released.
 */
public record ScanResults(long roundId, long trajectId, String roundName, RoundState state, LocalDate opensOn,
                          LocalDate closesOn, LocalDate closedOn, boolean released, List<GroupResponse> groups,
                          boolean totalsShown, long totalResponses, List<ThemeResult> themes,
                          List<StatementResult> statements, List<Gap> gaps, List<Advice> advice,
                          List<OpenAnswer> openAnswers) {

    /** A round that still takes answers: how many people answered per group, no figure that could change. */
    static ScanResults responseOnly(ScanRound round, RoundState state, List<GroupResponse> groups, long total) {
        return new ScanResults(round.getId(), round.getTrajectId(), round.getName(), state, round.getOpensOn(),
                round.getClosesOn(), null, false, groups, false, total, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** Scores below this count as a weak spot that gets advice. */
    public static final double WEAK = 3.5;

    public record GroupResponse(RespondentGroup group, long invited, long answeredInvitations, long responses,
                                GroupThreshold.Visibility visibility) {
        public boolean shown() {
            return visibility == GroupThreshold.Visibility.SHOWN;
        }

        /** Share of personal invitations answered, when there were any. */
        public Optional<Double> responseRate() {
            return invited == 0 ? Optional.empty() : Optional.of((double) answeredInvitations / invited);
        }
    }

    /** A theme's score per shown group and over everyone (when totals are shown). */
    public record ThemeResult(String key, String title, Map<RespondentGroup, Double> byGroup, Double overall) {
        public Optional<Double> score(RespondentGroup group) {
            return Optional.ofNullable(byGroup.get(group));
        }

        public Optional<Double> overallScore() {
            return Optional.ofNullable(overall);
        }
    }

    /**
     * How often each answer was given (index 0 = weet niet, 1–5 the scale as worded), over everyone: experts who read
     * their own wording ({@code expertText}, null when there was none) count with the others, as the same statement.
     */
    public record StatementResult(long questionId, String themeKey, String text, boolean reverse, long[] counts,
                                  String expertText) {
        public long total() {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total;
        }
    }

    public record Gap(String themeKey, String themeTitle, RespondentGroup low, double lowScore, RespondentGroup high,
                      double highScore) {
        public double difference() {
            return highScore - lowScore;
        }
    }

    public record Advice(String themeKey, String themeTitle, double score, String text, String checklistKey,
                         String source) {
    }

    public record OpenAnswer(String question, RespondentGroup group, String text) {
    }

    public boolean anyResponses() {
        return totalResponses > 0;
    }
}
