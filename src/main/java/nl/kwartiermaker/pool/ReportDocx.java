package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.WordStyles.paragraph;
import static nl.kwartiermaker.base.WordStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.kwartiermaker.base.WordStyles;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a half-yearly report as a Word file the coordinator can still pass on or quote from: Word's own styles (see
 * {@link WordStyles}) and real tables, each with its caption above it. The chart of hours per month is a table with a
 * bar of block characters beside each month's figure, so it survives any style set.
 */
final class ReportDocx {

    /** The longest bar, in block characters. */
    private static final int BAR_LENGTH = 30;
    private static final String CONCEPT_COLOUR = "B3261E";

    private ReportDocx() {
    }

    static byte[] render(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            WordStyles.standard(docx);
            text(paragraph(docx, WordStyles.TITLE), document.title());
            text(paragraph(docx, WordStyles.SUBTITLE), document.subtitle());
            if (document.concept() != null) {
                XWPFRun mark = text(paragraph(docx, WordStyles.NORMAL), document.concept());
                mark.setBold(true);
                mark.setColor(CONCEPT_COLOUR);
            }
            for (ReportDocument.Block block : document.blocks()) {
                switch (block) {
                    case ReportDocument.Heading heading -> text(paragraph(docx, WordStyles.HEADING), heading.text());
                    case ReportDocument.Text text -> {
                        XWPFRun run = text(paragraph(docx, WordStyles.NORMAL), text.text());
                        run.setItalic(text.muted());
                    }
                    case ReportDocument.Table table -> table(docx, table.caption(), table.headers(), table.rows(),
                            table.numeric(), table.totalRow());
                    case ReportDocument.Bars bars -> bars(docx, bars);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the DOCX", e);
        }
    }

    private static void table(XWPFDocument docx, String caption, List<String> headers, List<List<String>> rows,
                              List<Boolean> numeric, boolean totalRow) {
        XWPFRun captionRun = text(paragraph(docx, WordStyles.NORMAL), caption);
        captionRun.setBold(true);
        XWPFTable table = docx.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0).getCell(c), headers.get(c), numeric.get(c), true);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            boolean total = totalRow && r == rows.size() - 1;
            for (int c = 0; c < headers.size(); c++) {
                cell(row.getCell(c), rows.get(r).get(c), numeric.get(c), total);
            }
        }
        docx.createParagraph();
    }

    private static void bars(XWPFDocument docx, ReportDocument.Bars bars) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < bars.labels().size(); i++) {
            rows.add(List.of(bars.labels().get(i), "█".repeat((int) Math.round(BAR_LENGTH * bars.fraction(i))),
                    bars.valueTexts().get(i)));
        }
        table(docx, bars.caption(), List.of(bars.labelHeader(), "", bars.valueHeader()), rows, List.of(false, false, true), false);
    }

    private static void cell(XWPFTableCell cell, String value, boolean numeric, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setSpacingAfter(0);
        if (numeric) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = text(paragraph, value);
        run.setBold(bold);
        if (value.startsWith("█")) {
            run.setColor(WordStyles.ACCENT);
        }
    }
}
