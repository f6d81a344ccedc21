package nl.kwartiermaker.readiness;

/** A respondent's answer: a score 0 ("weet niet") to 5 for a statement, or a text for an open question. */
public record AnswerValue(Integer score, String text) {

    public static final int DONT_KNOW = ScanResponse.DONT_KNOW;

    public static AnswerValue score(int score) {
        return new AnswerValue(score, null);
    }

    public static AnswerValue text(String text) {
        return new AnswerValue(null, text);
    }
}
