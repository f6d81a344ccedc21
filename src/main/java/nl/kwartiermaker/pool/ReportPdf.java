package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import java.util.Locale;
import nl.kwartiermaker.base.HtmlPdf;

/**
 * Prints a half-yearly report as PDF through {@link HtmlPdf}. The chart of hours per month is drawn with the page's
 * own boxes beside its figures (the PDF renderer draws no SVG), from the same bar lengths the page's SVG uses.
 */
final class ReportPdf {

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
            header { border-bottom: 2px solid #1f4e79; padding-bottom: 6pt; margin-bottom: 12pt; }
            h1 { font-size: 17pt; color: #1f4e79; margin: 0 0 3pt 0; }
            .subtitle { color: #444; margin: 0; white-space: pre-wrap; }
            .concept { border: 2px solid #b3261e; color: #b3261e; font-weight: bold; padding: 4pt 6pt; margin: 0 0 10pt 0; }
            h2 { font-size: 12pt; color: #1f4e79; margin: 14pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; white-space: pre-wrap; }
            .muted { color: #555; }
            table { border-collapse: collapse; width: 100%; margin: 0 0 8pt 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
            th, td { border: 1px solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top; }
            th { background: #eef2f7; }
            td.number, th.number { text-align: right; }
            tr.total td { font-weight: bold; }
            td.bar { width: 55%; }
            .bar-fill { background: #1f4e79; height: 9pt; }
            """;

    private ReportPdf() {
    }

    static byte[] render(ReportDocument document, Locale locale) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(document.title()))
                .append("</title><style>").append(CSS).append("</style></head><body><header><h1>")
                .append(escape(document.title())).append("</h1><p class=\"subtitle\">")
                .append(escape(document.subtitle())).append("</p></header>");
        if (document.concept() != null) {
            html.append("<p class=\"concept\">").append(escape(document.concept())).append("</p>");
        }
        for (ReportDocument.Block block : document.blocks()) {
            switch (block) {
                case ReportDocument.Heading heading ->
                        html.append("<h2>").append(escape(heading.text())).append("</h2>");
                case ReportDocument.Text text -> html.append(text.muted() ? "<p class=\"muted\">" : "<p>")
                        .append(escape(text.text())).append("</p>");
                case ReportDocument.Table table -> table(html, table);
                case ReportDocument.Bars bars -> bars(html, bars);
            }
        }
        return HtmlPdf.render(html.append("</body></html>").toString());
    }

    private static void table(StringBuilder html, ReportDocument.Table table) {
        html.append("<table><caption>").append(escape(table.caption())).append("</caption><thead><tr>");
        for (int c = 0; c < table.headers().size(); c++) {
            html.append(table.numeric().get(c) ? "<th class=\"number\">" : "<th>")
                    .append(escape(table.headers().get(c))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rows().size(); r++) {
            boolean total = table.totalRow() && r == table.rows().size() - 1;
            html.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < table.headers().size(); c++) {
                html.append(table.numeric().get(c) ? "<td class=\"number\">" : "<td>")
                        .append(escape(table.rows().get(r).get(c))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void bars(StringBuilder html, ReportDocument.Bars bars) {
        html.append("<table><caption>").append(escape(bars.caption())).append("</caption><thead><tr><th>")
                .append(escape(bars.labelHeader())).append("</th><th></th><th class=\"number\">")
                .append(escape(bars.valueHeader())).append("</th></tr></thead><tbody>");
        for (int i = 0; i < bars.labels().size(); i++) {
            html.append("<tr><td>").append(escape(bars.labels().get(i))).append("</td><td class=\"bar\">");
            if (bars.fraction(i) > 0) {
                html.append(String.format(Locale.ROOT, "<div class=\"bar-fill\" style=\"width: %.1f%%\"></div>",
                        100 * bars.fraction(i)));
            }
            html.append("</td><td class=\"number\">").append(escape(bars.valueTexts().get(i)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }
}
