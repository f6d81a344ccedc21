package nl.kwartiermaker.pool.ui;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import java.util.Locale;
import nl.kwartiermaker.pool.ReportDocument;

/**
 * A report's hours per month as an SVG bar chart built on the server, as the scan results draw theirs: every text that
 * goes in is escaped here, the drawing is named in a title for screen readers, and the page shows the same figures in
 * a table beside it. Bar lengths come from the report's own chart block, the ones the PDF draws.
 */
final class HoursChart {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 200;
    private static final int TOP = 24;
    private static final int BOTTOM = 28;
    private static final int SIDE = 8;

    private HoursChart() {
    }

    static String svg(ReportDocument.Bars bars) {
        int count = bars.labels().size();
        double slot = (WIDTH - 2.0 * SIDE) / Math.max(1, count);
        double barWidth = slot * 0.6;
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" class=\"hours-chart\"><title>")
                .append(escape(bars.caption())).append("</title>");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a8a8a\"/>",
                SIDE, HEIGHT - BOTTOM, WIDTH - SIDE, HEIGHT - BOTTOM));
        for (int i = 0; i < count; i++) {
            double height = plot * bars.fraction(i);
            double x = SIDE + slot * i + (slot - barWidth) / 2;
            double y = HEIGHT - BOTTOM - height;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#1f4e79\"/>", x, y, barWidth, height));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" "
                    + "fill=\"#1a1a1a\" aria-hidden=\"true\">", x + barWidth / 2, y - 5))
                    .append(escape(bars.valueTexts().get(i))).append("</text>");
            String label = bars.labels().get(i);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" "
                    + "fill=\"#333\" aria-hidden=\"true\">", x + barWidth / 2, HEIGHT - 10))
                    .append(escape(label.length() > 3 ? label.substring(0, 3) : label)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
