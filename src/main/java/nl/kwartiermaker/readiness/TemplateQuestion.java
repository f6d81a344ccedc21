package nl.kwartiermaker.readiness;

/**
 * A statement or open question as the template editor shows and saves it. {@code questionKey} is null for a statement
 * the organisation adds; the service gives it a key of its own. Open questions have the theme {@link
 * ScanQuestion#OPEN_THEME} and are never reverse-scored. {@code expertText} is the wording the group
 * "Ervaringsdeskundigen" reads instead of {@code text} (null: the same text for every group); it is the same question,
 * so both wordings' answers count together.
 */
public record TemplateQuestion(String themeKey, String themeTitle, String questionKey, String text, boolean reverse,
                               boolean open, String expertText) {

    public TemplateQuestion {
        text = text == null ? "" : text.strip();
        reverse = !open && reverse;
        expertText = ScanQuestion.variant(expertText);
    }

    public TemplateQuestion(String themeKey, String themeTitle, String questionKey, String text, boolean reverse,
                            boolean open) {
        this(themeKey, themeTitle, questionKey, text, reverse, open, null);
    }

    /** A statement the organisation adds to a theme. */
    public static TemplateQuestion ownStatement(String themeKey, String themeTitle, String text, boolean reverse) {
        return new TemplateQuestion(themeKey, themeTitle, null, text, reverse, false);
    }

    /** An open question the organisation adds. */
    public static TemplateQuestion ownOpenQuestion(String text) {
        return new TemplateQuestion(ScanQuestion.OPEN_THEME, "", null, text, false, true);
    }

    /** The same question reworded; the experts' wording stays as it was. */
    public TemplateQuestion withText(String newText, boolean newReverse) {
        return new TemplateQuestion(themeKey, themeTitle, questionKey, newText, newReverse, open, expertText);
    }

    /** The same question with another wording for experts (blank: none, they read {@code text}). */
    public TemplateQuestion withExpertText(String newExpertText) {
        return new TemplateQuestion(themeKey, themeTitle, questionKey, text, reverse, open, newExpertText);
    }
}
