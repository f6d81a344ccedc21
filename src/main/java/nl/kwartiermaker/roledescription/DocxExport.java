package nl.kwartiermaker.roledescription;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders an export document as a Word file HR can still edit before sending it out. It is built from Word's own
 * styles (Title, Subtitle, Heading 1, List Bullet on top of Normal), with no direct formatting in the text, so an
 * organisation that pastes it into its template or applies its own style set gets its house style: the headings stay
 * headings (in the navigation pane too) and the lists stay real lists.
 */
final class DocxExport {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING = "Heading1";
    static final String LIST = "ListBullet";
    private static final String NORMAL = "Normal";
    private static final String FONT = "Calibri";
    private static final String ACCENT = "1F4E79";
    private static final String GREY = "555555";

    private DocxExport() {
    }

    static byte[] render(ExportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator(document.organisationName());
            BigInteger bullets = styles(docx);
            XWPFParagraph top = docx.createParagraph();
            Optional<ExportLogo> logo = ExportLogo.of(document);
            if (logo.isPresent() && addLogo(top.createRun(), logo.get())) {
                top.setAlignment(ParagraphAlignment.RIGHT);
                top = docx.createParagraph();
            }
            top.setStyle(SUBTITLE);
            text(top, document.organisationName());
            text(paragraph(docx, TITLE), document.title());
            if (!document.subtitle().isBlank()) {
                text(paragraph(docx, SUBTITLE), document.subtitle());
            }
            for (DocumentPart part : document.parts()) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!part.heading().isBlank()) {
                    text(paragraph(docx, HEADING), part.heading());
                }
                for (String paragraph : part.paragraphs()) {
                    text(paragraph(docx, NORMAL), paragraph);
                }
                for (String bullet : part.bullets()) {
                    XWPFParagraph item = paragraph(docx, LIST);
                    item.setNumID(bullets);
                    item.setNumILvl(BigInteger.ZERO);
                    text(item, bullet);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the DOCX", e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String style) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    /** The text as it was typed, line breaks kept, formatted only by the paragraph's style. */
    private static void text(XWPFParagraph paragraph, String text) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = paragraph.createRun();
        run.setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
    }

    /** Word's built-in styles under their own ids and names, and a bullet list; returns the list's numbering id. */
    private static BigInteger styles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        CTStyle normal = style(NORMAL, "Normal", null, 20, false, null);
        normal.setDefault(true);
        spacing(normal, 0, 120);
        styles.addStyle(new XWPFStyle(normal, styles));
        CTStyle title = style(TITLE, "Title", NORMAL, 36, true, ACCENT);
        spacing(title, 0, 60);
        styles.addStyle(new XWPFStyle(title, styles));
        styles.addStyle(new XWPFStyle(style(SUBTITLE, "Subtitle", NORMAL, 18, false, GREY), styles));
        CTStyle heading = style(HEADING, "heading 1", NORMAL, 24, true, ACCENT);
        spacing(heading, 240, 80);
        heading.getPPr().addNewKeepNext();
        heading.getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        styles.addStyle(new XWPFStyle(heading, styles));

        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPStyle().setVal(LIST);
        CTInd levelIndent = level.addNewPPr().addNewInd();
        levelIndent.setLeft(BigInteger.valueOf(360));
        levelIndent.setHanging(BigInteger.valueOf(240));
        XWPFNumbering numbering = docx.createNumbering();
        BigInteger bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));

        CTStyle list = style(LIST, "List Bullet", NORMAL, 20, false, null);
        spacing(list, 0, 40);
        CTNumPr numbered = list.getPPr().addNewNumPr();
        numbered.addNewIlvl().setVal(BigInteger.ZERO);
        numbered.addNewNumId().setVal(bullets);
        styles.addStyle(new XWPFStyle(list, styles));
        return bullets;
    }

    private static CTStyle style(String id, String name, String basedOn, int halfPoints, boolean bold, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(NORMAL);
        }
        style.addNewQFormat();
        style.addNewPPr();
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        return style;
    }

    private static void spacing(CTStyle style, int before, int after) {
        CTPPrGeneral paragraph = style.getPPr();
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
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
