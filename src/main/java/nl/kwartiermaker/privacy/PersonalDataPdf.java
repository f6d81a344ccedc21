package nl.kwartiermaker.privacy;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.HtmlPdf;
import nl.kwartiermaker.base.PersonalDataSection;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.PortalTime;

/**
 * The export as a document a person can read: per feature its records, one small table each (field and value, the
 * field names of the data register), and its notes; a feature that holds nothing says so.
 */
final class PersonalDataPdf {

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 9pt; line-height: 1.35; color: #1a1a1a; }
            h1 { font-size: 16pt; color: #1f4e79; margin: 0 0 4pt 0; }
            h2 { font-size: 12pt; color: #1f4e79; margin: 14pt 0 4pt 0; page-break-after: avoid; }
            h3 { font-size: 10pt; margin: 8pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 5pt 0; }
            .muted { color: #555; }
            table { border-collapse: collapse; width: 100%; margin: 0 0 6pt 0; }
            th, td { border: 1px solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top; }
            th { background: #eef2f7; width: 30%; font-weight: normal; }
            td { white-space: pre-wrap; word-wrap: break-word; }
            """;

    private PersonalDataPdf() {
    }

    static byte[] render(PersonalDataRequestService.Export export, Locale locale, PortalI18nProvider i18n) {
        String title = i18n.translate(locale, "privacy.pdf.title", export.person().label());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title))
                .append("</title><style>").append(CSS).append("</style></head><body><h1>").append(escape(title))
                .append("</h1><p class=\"muted\">").append(escape(i18n.translate(locale, "privacy.pdf.made",
                        DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(ZonedDateTime.ofInstant(
                                export.madeAt(), PortalTime.ZONE)))))
                .append("</p><p>").append(escape(i18n.translate(locale, "privacy.pdf.intro"))).append("</p>");
        for (PersonalDataSection section : export.sections()) {
            html.append("<h2>").append(escape(i18n.translate(locale, "privacy.feature." + section.feature())))
                    .append("</h2>");
            for (String note : section.notes()) {
                html.append("<p>").append(escape(i18n.translate(locale, note))).append("</p>");
            }
            if (section.records().isEmpty()) {
                html.append("<p class=\"muted\">").append(escape(i18n.translate(locale, "privacy.pdf.nothing")))
                        .append("</p>");
            }
            for (Map.Entry<String, List<Map<String, Object>>> kind : section.records().entrySet()) {
                html.append("<h3>").append(escape(kind.getKey())).append(" (").append(kind.getValue().size())
                        .append(")</h3>");
                for (Map<String, Object> fields : kind.getValue()) {
                    html.append("<table>");
                    fields.forEach((field, value) -> html.append("<tr><th>").append(escape(field))
                            .append("</th><td>").append(escape(value == null ? "" : String.valueOf(value)))
                            .append("</td></tr>"));
                    html.append("</table>");
                }
            }
        }
        return HtmlPdf.render(html.append("</body></html>").toString());
    }
}
