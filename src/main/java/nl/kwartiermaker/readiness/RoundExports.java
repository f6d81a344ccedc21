package nl.kwartiermaker.readiness;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.HtmlPdf;
import nl.kwartiermaker.base.PortalI18nProvider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The round's PDF report (cover, response, heat map, themes, advice) and the CSV of anonymous answers. Both are made
 * from {@link ScanResults}, so they show exactly what the results page shows and nothing of a hidden group.
 */
@Component
class RoundExports {

    private final PortalI18nProvider i18n;

    RoundExports(PortalI18nProvider i18n) {
        this.i18n = i18n;
    }

    /** The report; its first page names the organisation, the traject and the round, for whoever it is passed to. */
    byte[] pdf(ScanResults results, String organisation, String traject, Locale locale) {
        return HtmlPdf.render(reportHtml(results, organisation, traject, locale));
    }

    String reportHtml(ScanResults results, String organisation, String traject, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
                @page { size: A4; margin: 18mm 16mm; }
                body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1a1a1a; }
                h1 { font-size: 20pt; margin: 0 0 4mm; } h2 { font-size: 14pt; margin: 8mm 0 3mm; }
                .cover { page-break-after: always; padding-top: 60mm; }
                table { border-collapse: collapse; width: 100%; margin-bottom: 4mm; }
                th, td { border: 1px solid #999; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
                td.score { text-align: center; } .muted { color: #555; }
                </style></head><body>
                """);
        html.append("<div class=\"cover\"><p class=\"muted\">").append(escape(organisation)).append("</p><h1>")
                .append(escape(t(locale, "scan.pdf.title"))).append("</h1><p>")
                .append(escape(t(locale, "scan.pdf.traject", traject))).append("</p><p>")
                .append(escape(t(locale, "scan.pdf.round", results.roundName()))).append("</p><p>").append(escape(t(locale, "scan.pdf.period",
                        dates.format(results.opensOn()), dates.format(results.closesOn())))).append("</p><p>")
                .append(escape(t(locale, "scan.pdf.respondents", results.totalResponses()))).append("</p><p class=\"muted\">")
                .append(escape(t(locale, "scan.pdf.anonymity", GroupThreshold.MINIMUM))).append("</p></div>");

        html.append("<h2>").append(escape(t(locale, "scan.results.response"))).append("</h2><table><tr><th>")
                .append(escape(t(locale, "scan.col.group"))).append("</th><th>").append(escape(t(locale, "scan.col.invited")))
                .append("</th><th>").append(escape(t(locale, "scan.col.responses"))).append("</th><th>")
                .append(escape(t(locale, "scan.col.shown"))).append("</th></tr>");
        for (ScanResults.GroupResponse group : results.groups()) {
            html.append("<tr><td>").append(escape(t(locale, group.group().labelKey()))).append("</td><td>")
                    .append(group.invited()).append("</td><td>").append(group.responses()).append("</td><td>")
                    .append(escape(t(locale, "scan.visibility." + group.visibility().name().toLowerCase(Locale.ROOT))))
                    .append("</td></tr>");
        }
        html.append("</table>");

        List<RespondentGroup> shown = results.groups().stream().filter(ScanResults.GroupResponse::shown)
                .map(ScanResults.GroupResponse::group).toList();
        html.append("<h2>").append(escape(t(locale, "scan.results.heatmap"))).append("</h2><table><tr><th>")
                .append(escape(t(locale, "scan.col.theme"))).append("</th>");
        shown.forEach(g -> html.append("<th>").append(escape(t(locale, g.labelKey()))).append("</th>"));
        html.append("<th>").append(escape(t(locale, "scan.col.everyone"))).append("</th></tr>");
        for (ScanResults.ThemeResult theme : results.themes()) {
            html.append("<tr><td>").append(escape(theme.title())).append("</td>");
            shown.forEach(g -> html.append(scoreCell(theme.byGroup().get(g), locale)));
            html.append(scoreCell(theme.overall(), locale)).append("</tr>");
        }
        html.append("</table><p class=\"muted\">").append(escape(t(locale, "scan.results.legend"))).append("</p>");
        long expertWordings = results.statements().stream().filter(st -> st.expertText() != null).count();
        if (expertWordings > 0 && shown.contains(RespondentGroup.ERVARINGSDESKUNDIGEN)) {
            // the groups read different words for some statements; the reader of the report should know why they compare
            html.append("<p class=\"muted\">").append(escape(t(locale, "scan.results.expert.note", expertWordings)))
                    .append("</p>");
        }

        html.append("<h2>").append(escape(t(locale, "scan.pdf.themes"))).append("</h2>");
        if (results.totalsShown()) {
            html.append("<table><tr><th>").append(escape(t(locale, "scan.col.theme"))).append("</th><th>")
                    .append(escape(t(locale, "scan.col.score"))).append("</th></tr>");
            results.themes().stream().filter(th -> th.overall() != null)
                    .sorted((a, b) -> Double.compare(a.overall(), b.overall()))
                    .forEach(th -> html.append("<tr><td>").append(escape(th.title())).append("</td>")
                            .append(scoreCell(th.overall(), locale)).append("</tr>"));
            html.append("</table>");
        } else {
            html.append("<p>").append(escape(t(locale, "scan.results.too.few", GroupThreshold.MINIMUM))).append("</p>");
        }

        html.append("<h2>").append(escape(t(locale, "scan.results.advice"))).append("</h2>");
        if (results.advice().isEmpty()) {
            html.append("<p>").append(escape(t(locale, "scan.results.advice.none"))).append("</p>");
        }
        for (ScanResults.Advice advice : results.advice()) {
            html.append("<p><b>").append(escape(t(locale, "scan.results.advice.theme", advice.themeTitle(),
                    ScoreScale.format(advice.score(), locale)))).append("</b><br/>").append(escape(advice.text()))
                    .append("<br/><span class=\"muted\">").append(escape(t(locale, "scan.results.source",
                            advice.source()))).append("</span></p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String scoreCell(Double score, Locale locale) {
        if (score == null) {
            return "<td class=\"score\">–</td>";
        }
        return "<td class=\"score\" style=\"background-color: " + ScoreScale.colour(score) + "\">"
                + ScoreScale.format(score, locale) + "</td>";
    }

    /**
     * One row per response of a group that passes the threshold, one column per question; rows in the order of the
     * random response keys, numbered afresh, so the file holds no key, time or order that leads back to a person.
     */
    byte[] csv(ScanResults results, List<ScanQuestion> questions,
               List<ScanResponseRepository.AnswerRow> answers, Locale locale) {
        List<String> header = new ArrayList<>(List.of(t(locale, "scan.csv.respondent"), t(locale, "scan.col.group")));
        questions.forEach(q -> header.add(q.getQuestionKey()));
        Map<Long, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            column.put(questions.get(i).getId(), i);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(header);
            // the second header row says what each column asked, so the file can be read without the portal
            List<String> asked = new ArrayList<>(List.of(t(locale, "scan.csv.asked"), ""));
            questions.forEach(q -> asked.add(neutralise(q.getText() + (q.isReverseScored()
                    ? " " + t(locale, "scan.results.reversed") : "") + q.getExpertText()
                    .map(variant -> " " + t(locale, "scan.results.expert.wording", variant)).orElse(""))));
            csv.printRecord(asked);
            String current = null;
            String[] row = null;
            int number = 0;
            for (ScanResponseRepository.AnswerRow answer : answers) {
                if (!answer.getResponseId().equals(current)) {
                    if (row != null) {
                        csv.printRecord((Object[]) row);
                    }
                    current = answer.getResponseId();
                    row = new String[questions.size() + 2];
                    row[0] = String.valueOf(++number);
                    row[1] = t(locale, answer.getRespondentGroup().labelKey());
                }
                Integer index = column.get(answer.getQuestionId());
                if (index != null) {
                    row[index + 2] = answer.getScore() == null ? neutralise(answer.getText())
                            : answer.getScore() == ScanResponse.DONT_KNOW ? t(locale, "scan.scale.0")
                            : String.valueOf(answer.getScore());
                }
            }
            if (row != null) {
                csv.printRecord((Object[]) row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV", e);
        }
        // a byte-order mark, so that spreadsheet programs read the file as UTF-8
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** A text starting with = + - @ would be run as a formula by a spreadsheet; a leading quote keeps it text. */
    static String neutralise(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
