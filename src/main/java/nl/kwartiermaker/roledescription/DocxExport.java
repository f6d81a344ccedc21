package nl.kwartiermaker.roledescription;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Renders an export document as a Word file HR can still edit before sending it out. */
final class DocxExport {

    private static final String FONT = "Calibri";
    private static final String ACCENT = "1F4E79";

    private DocxExport() {
    }

    static byte[] render(ExportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator(document.organisationName());
            XWPFParagraph top = docx.createParagraph();
            Optional<ExportLogo> logo = ExportLogo.of(document);
            if (logo.isPresent() && addLogo(top.createRun(), logo.get())) {
                top.setAlignment(ParagraphAlignment.RIGHT);
                top = docx.createParagraph();
            }
            run(top, document.organisationName(), 9, false, "555555");
            run(docx.createParagraph(), document.title(), 18, true, ACCENT);
            if (!document.subtitle().isBlank()) {
                run(docx.createParagraph(), document.subtitle(), 10, false, "555555");
            }
            for (DocumentPart part : document.parts()) {
                if (part.isEmpty()) {
                    continue;
                }
                XWPFParagraph heading = docx.createParagraph();
                heading.setSpacingBefore(240);
                run(heading, part.heading(), 12, true, ACCENT);
                for (String paragraph : part.paragraphs()) {
                    XWPFParagraph p = docx.createParagraph();
                    String[] lines = paragraph.split("\n", -1);
                    XWPFRun run = run(p, lines[0], 10, false, null);
                    for (int i = 1; i < lines.length; i++) {
                        run.addBreak();
                        run.setText(lines[i]);
                    }
                }
                for (String bullet : part.bullets()) {
                    XWPFParagraph p = docx.createParagraph();
                    p.setIndentationLeft(360);
                    p.setIndentationHanging(240);
                    run(p, "•\t" + bullet, 10, false, null);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the DOCX", e);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        run.setText(text);
        return run;
    }

    /** Adds the logo, 40 pt high; false when Word's library refuses it, and the document goes on without. */
    private static boolean addLogo(XWPFRun run, ExportLogo logo) {
        double height = 40;
        double width = height * logo.width() / logo.height();
        int type = ExportLogo.PNG.equals(logo.type()) ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        try {
            run.addPicture(new ByteArrayInputStream(logo.bytes()), type, "logo", Units.toEMU(width),
                    Units.toEMU(height));
            return true;
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            ExportLogo.leftOut(logo.bytes(), e.toString());
            return false;
        }
    }
}
