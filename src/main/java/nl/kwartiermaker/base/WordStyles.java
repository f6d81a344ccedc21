package nl.kwartiermaker.base;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own paragraph styles for every DOCX the portal makes (Title, Subtitle, Heading 1 on top of Normal), under
 * Word's ids and names, with no direct formatting in the text: an organisation that pastes a document into its own
 * template, or applies its own style set, gets its house style, and headings stay headings in the navigation pane.
 */
public final class WordStyles {

    public static final String NORMAL = "Normal";
    public static final String TITLE = "Title";
    public static final String SUBTITLE = "Subtitle";
    public static final String HEADING = "Heading1";
    public static final String ACCENT = "1F4E79";
    private static final String FONT = "Calibri";
    private static final String GREY = "555555";

    private WordStyles() {
    }

    /** Adds Normal, Title, Subtitle and Heading 1 to the document; returns its styles for more. */
    public static XWPFStyles standard(XWPFDocument docx) {
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
        return styles;
    }

    /** A paragraph style based on {@code basedOn} (null: none), in the portal's font. */
    public static CTStyle style(String id, String name, String basedOn, int halfPoints, boolean bold, String color) {
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

    /** Space before and after a paragraph of this style, in twentieths of a point. */
    public static void spacing(CTStyle style, int before, int after) {
        CTPPrGeneral paragraph = style.getPPr();
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    public static XWPFParagraph paragraph(XWPFDocument docx, String style) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    /** The text as it was typed, line breaks kept, formatted only by the paragraph's style; returns its run. */
    public static XWPFRun text(XWPFParagraph paragraph, String text) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = paragraph.createRun();
        run.setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
        return run;
    }
}
