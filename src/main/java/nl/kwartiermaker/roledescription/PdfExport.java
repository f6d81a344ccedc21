package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import java.util.Base64;
import nl.kwartiermaker.base.HtmlPdf;

/**
 * Renders an export document as PDF: HTML with print CSS through openhtmltopdf. Every text is escaped, so nothing a
 * person typed becomes markup.
 */
final class PdfExport {

    private static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 20mm 18mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; color: #1a1a1a; }
            header { border-bottom: 2px solid #1f4e79; padding-bottom: 6pt; margin-bottom: 14pt; }
            header img { height: 40pt; float: right; }
            .organisation { font-size: 9pt; color: #555; }
            h1 { font-size: 18pt; color: #1f4e79; margin: 4pt 0 2pt 0; }
            .subtitle { color: #555; margin: 0; }
            h2 { font-size: 12pt; color: #1f4e79; margin: 14pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; white-space: pre-wrap; }
            ul { margin: 0 0 6pt 0; padding-left: 14pt; }
            li { margin-bottom: 2pt; }
            """;

    private PdfExport() {
    }

    static byte[] render(ExportDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title())).append("</title><style>").append(CSS).append("</style></head><body>")
                .append("<header>");
        ExportLogo.of(document).ifPresent(logo -> html.append("<img alt=\"\" src=\"data:").append(logo.type())
                .append(";base64,").append(Base64.getEncoder().encodeToString(logo.bytes())).append("\"/>"));
        html.append("<div class=\"organisation\">").append(escape(document.organisationName())).append("</div>")
                .append("<h1>").append(escape(document.title())).append("</h1>");
        if (!document.subtitle().isBlank()) {
            html.append("<p class=\"subtitle\">").append(escape(document.subtitle())).append("</p>");
        }
        html.append("</header>");
        for (DocumentPart part : document.parts()) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.heading().isBlank()) {
                html.append("<h2>").append(escape(part.heading())).append("</h2>");
            }
            part.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
            if (!part.bullets().isEmpty()) {
                html.append("<ul>");
                part.bullets().forEach(b -> html.append("<li>").append(escape(b)).append("</li>"));
                html.append("</ul>");
            }
        }
        html.append("</body></html>");
        return HtmlPdf.render(html.toString());
    }
}
