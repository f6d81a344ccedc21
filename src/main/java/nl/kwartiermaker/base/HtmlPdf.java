package nl.kwartiermaker.base;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Prints an XHTML page as PDF (openhtmltopdf on PDFBox), for every report and export the portal offers. DejaVu Sans
 * is embedded because the PDF base fonts lack characters people type (ë, €, typographic quotes); pages use it as
 * {@value #FONT_FAMILY}. Callers build the page with {@link #escape} around every text, so nothing a person typed
 * becomes markup.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private HtmlPdf() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Kwartiermaker");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
    }

    /** XML escaping: the page is parsed as XHTML. */
    public static String escape(String text) {
        return Entities.escape(text == null ? "" : text, new Document.OutputSettings()
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8"));
    }

    private static InputStream font(String name) {
        InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font " + name + " is missing from the application");
        }
        return in;
    }
}
