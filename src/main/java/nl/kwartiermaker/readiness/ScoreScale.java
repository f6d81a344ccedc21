package nl.kwartiermaker.readiness;

import java.util.Locale;

/**
 * The colour scale of the heat map, shared by the page and the PDF: light red (1, weak) through light yellow (3) to
 * light green (5, strong). The colours are pale enough for black text (contrast above 7:1), and every cell also shows
 * its value as text, so nothing depends on colour alone.
 */
public final class ScoreScale {

    private static final int[] WEAK = {0xF6, 0xC6, 0xC2};
    private static final int[] MIDDLE = {0xF9, 0xE8, 0xB0};
    private static final int[] STRONG = {0xC6, 0xE8, 0xC4};

    private ScoreScale() {
    }

    /** A CSS colour such as {@code #f6c6c2} for a score from 1 to 5 (clamped). */
    public static String colour(double score) {
        double s = Math.max(1, Math.min(5, score));
        int[] from = s <= 3 ? WEAK : MIDDLE;
        int[] to = s <= 3 ? MIDDLE : STRONG;
        double t = s <= 3 ? (s - 1) / 2 : (s - 3) / 2;
        StringBuilder css = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            css.append(String.format(Locale.ROOT, "%02x", (int) Math.round(from[i] + (to[i] - from[i]) * t)));
        }
        return css.toString();
    }

    /** A score with one decimal in the reader's language (3,4 in Dutch). */
    public static String format(double score, Locale locale) {
        return String.format(locale, "%.1f", score);
    }
}
