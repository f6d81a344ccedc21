package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.WordStyles.paragraph;
import static nl.kwartiermaker.base.WordStyles.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;
import nl.kwartiermaker.base.WordStyles;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Renders an export document as a Word file HR can still edit before sending it out. It is built from Word's own
 * styles (Title, Subtitle, Heading 1, List Bullet on top of Normal), with no direct formatting in the text, so an
 * organisation that pastes it into its template or applies its own style set gets its house style: the headings stay
 * headings (in the navigation pane too) and the lists stay real lists.
 */
final class DocxExport {

    static final String TITLE = WordStyles.TITLE;
    static final String SUBTITLE = WordStyles.SUBTITLE;
    static final String HEADING = WordStyles.HEADING;
    static final String LIST = "ListBullet";
    private static final String NORMAL = WordStyles.NORMAL;

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

    /** Word's built-in styles (see {@link WordStyles}) and a bullet list; returns the list's numbering id. */
    private static BigInteger styles(XWPFDocument docx) {
        XWPFStyles styles = WordStyles.standard(docx);
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

        CTStyle list = WordStyles.style(LIST, "List Bullet", NORMAL, 20, false, null);
        WordStyles.spacing(list, 0, 40);
        CTNumPr numbered = list.getPPr().addNewNumPr();
        numbered.addNewIlvl().setVal(BigInteger.ZERO);
        numbered.addNewNumId().setVal(bullets);
        styles.addStyle(new XWPFStyle(list, styles));
        return bullets;
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
