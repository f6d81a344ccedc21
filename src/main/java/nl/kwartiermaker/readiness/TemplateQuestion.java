package nl.kwartiermaker.readiness;

/**
 * A statement or open question as the template editor shows and saves it. {@code questionKey} is null for a statement
 * the organisation adds; the service gives it a key of its own. Open questions have the theme {@link
 * ScanQuestion#OPEN_THEME} and are never reverse-scored.
 */
public record TemplateQuestion(String themeKey, String themeTitle, String questionKey, String text, boolean reverse,
                               boolean open) {

    public TemplateQuestion {
        text = text == null ? "" : text.strip();
        reverse = !open && reverse;
    }

    /** A statement the organisation adds to a theme. */
    public static TemplateQuestion ownStatement(String themeKey, String themeTitle, String text, boolean reverse) {
        return new TemplateQuestion(themeKey, themeTitle, null, text, reverse, false);
    }

    /** An open question the organisation adds. */
    public static TemplateQuestion ownOpenQuestion(String text) {
        return new TemplateQuestion(ScanQuestion.OPEN_THEME, "", null, text, false, true);
    }

    public TemplateQuestion withText(String newText, boolean newReverse) {
        return new TemplateQuestion(themeKey, themeTitle, questionKey, newText, newReverse, open);
    }
}
