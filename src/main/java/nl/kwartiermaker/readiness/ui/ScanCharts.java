package nl.kwartiermaker.readiness.ui;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.readiness.ScoreScale;

/**
 * The scan's charts as SVG markup built on the server. Every text that goes in is escaped here, so a theme title or
 * statement a project lead adapted cannot inject markup. The charts are pictures of data that the page also shows in
 * a table; the radar names its data in a title for screen readers.
 */
final class ScanCharts {

    /** A point on the radar: theme name and score 1–5, or null when the group has no score for it. */
    record Axis(String label, Double score) {
    }

    private static final int SIZE = 320;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 110;
    /** Answer colours for the distribution: weak to strong, then grey for "weet niet". */
    static final String[] ANSWER_COLOURS = {"#b3261e", "#e8998d", "#d9d9d9", "#8fc58a", "#2e7d32", "#9e9e9e"};

    private ScanCharts() {
    }

    /**
     * A radar (spider) chart of one group's theme scores on the 1–5 scale. The axes carry numbers, explained by the
     * numbered list of themes the page shows beside the charts: theme names in the drawing shrank with it below a
     * readable size on a phone.
     */
    static String radar(String title, List<Axis> axes, Locale locale) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-20 -10 ").append(SIZE + 40).append(' ')
                .append(SIZE + 20).append("\" role=\"img\" class=\"radar\"><title>").append(escape(title))
                .append("</title>");
        int n = axes.size();
        for (int ring = 1; ring <= 5; ring++) {
            svg.append("<polygon class=\"radar-ring\" fill=\"none\" stroke=\"#c8c8c8\" points=\"");
            for (int i = 0; i < n; i++) {
                svg.append(point(i, n, ring)).append(' ');
            }
            svg.append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] end = xy(i, n, 5);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#c8c8c8\"/>", CENTRE, CENTRE, end[0], end[1]));
            double[] label = xy(i, n, 6.1);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "font-size=\"20\" font-weight=\"600\" fill=\"#333\" aria-hidden=\"true\">%d</text>", label[0],
                    label[1] + 7, i + 1));
        }
        svg.append("<polygon class=\"radar-area\" fill=\"#1a73e8\" fill-opacity=\"0.25\" stroke=\"#1a56b0\" "
                + "stroke-width=\"2\" points=\"");
        for (int i = 0; i < n; i++) {
            Double score = axes.get(i).score();
            svg.append(point(i, n, score == null ? 0 : score)).append(' ');
        }
        svg.append("\"/>");
        for (int i = 0; i < n; i++) {
            Double score = axes.get(i).score();
            if (score != null) {
                double[] p = xy(i, n, score);
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1a56b0\">"
                        + "<title>", p[0], p[1])).append(escape(axes.get(i).label() + ": "
                        + ScoreScale.format(score, locale))).append("</title></circle>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar split by how often each answer was given (index 0 = weet niet, then 1–5). */
    static String distributionBar(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 16\" "
                + "preserveAspectRatio=\"none\" class=\"distribution-bar\" aria-hidden=\"true\" focusable=\"false\">");
        if (total == 0) {
            return svg.append("<rect width=\"200\" height=\"16\" fill=\"#eeeeee\"/></svg>").toString();
        }
        double x = 0;
        int[] order = {1, 2, 3, 4, 5, 0};
        for (int k = 0; k < order.length; k++) {
            double width = 200.0 * counts[order[k]] / total;
            if (width > 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" width=\"%.2f\" height=\"16\" fill=\"%s\"/>",
                        x, width, ANSWER_COLOURS[k]));
            }
            x += width;
        }
        return svg.append("</svg>").toString();
    }

    private static String point(int i, int n, double score) {
        double[] p = xy(i, n, score);
        return String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]);
    }

    private static double[] xy(int i, int n, double score) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * Math.max(0, score) / 5;
        return new double[] {CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)};
    }

}
