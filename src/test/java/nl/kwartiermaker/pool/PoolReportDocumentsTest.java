package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report's PDF and DOCX parsed back (PDFBox, Apache POI): the planning's hours per municipality, parts a–e. */
@DatabaseTest
class PoolReportDocumentsTest {

    static final Locale DUTCH = Locale.of("nl");
    static final PoolPeriod H2_2098 = new PoolPeriod(2098, 2);

    @Autowired
    PoolReportService reports;
    @Autowired
    FairShareService fairShare;
    @Autowired
    PoolReportFixture pool;

    PoolReport region;
    PoolReport venlo;

    @BeforeEach
    void workInTheSecondHalfOf2098() {
        pool.clear();
        LocalDate july = PoolReportFixture.monday(LocalDate.of(2098, 7, 1));
        pool.worked("Venlo", ExperienceTheme.VERSLAVING, PoolRole.ONE_ON_ONE, "Venlo-Noord", july, 6, "12.5", 2);
        pool.worked("Roermond", ExperienceTheme.MANTELZORG, PoolRole.TRAINER, "Roermond", july, 2, "8", 9);
        pool.worked("Weert", ExperienceTheme.SCHULDEN_EN_ARMOEDE, PoolRole.POLICY_MAKER, "Stadhuis Weert",
                july.plusWeeks(10), 5, "30", 0);
        pool.subAssignment("Venlo", "Herstelgroep Venlo", LocalDate.of(2098, 7, 1), LocalDate.of(2098, 12, 31),
                LocalDate.of(2098, 10, 1), "Acht deelnemers, drie ervaringsdeskundigen");
        pool.today(LocalDate.of(2099, 1, 12));
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
        region = reports.start(null, H2_2098);
        venlo = reports.start(pool.partner("Venlo"), H2_2098);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** Each municipality's hours as the planning view shows them, written as the documents write figures. */
    Map<String, String> planningHours() {
        Map<String, String> hours = new LinkedHashMap<>();
        fairShare.shares(H2_2098, H2_2098.lastDay()).partners().forEach(s -> hours.put(s.partnerName(),
                PoolNumbers.hours(s.hours(), DUTCH)));
        return hours;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Municipality → hours, from the DOCX's table of part a. */
    static Map<String, String> docxHours(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable partA = document.getTables().getFirst();
            assertThat(partA.getRow(0).getCell(0).getText()).isEqualTo("Gemeente");
            assertThat(partA.getRow(0).getCell(1).getText()).isEqualTo("Uren");
            Map<String, String> hours = new LinkedHashMap<>();
            for (XWPFTableRow row : partA.getRows().subList(1, partA.getRows().size())) {
                hours.put(row.getCell(0).getText(), row.getCell(1).getText());
            }
            return hours;
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_region_s_pdf_and_docx_carry_the_planning_s_hours_for_every_municipality_and_parts_a_to_e()
            throws IOException {
        reports.write(region.getId(), region.getVersion(), new PoolReportTexts("Inwoners voelden zich gehoord",
                "Meer vragen over mantelzorg", "Een inloop in Roermond"));
        Map<String, String> planning = planningHours();
        assertThat(planning).containsEntry("Venlo", "75,0").containsEntry("Roermond", "16,0")
                .containsEntry("Weert", "150,0");

        String pdf = pdfText(reports.download(region.getId(), PoolReportService.Format.PDF, DUTCH).bytes());
        String docx = docxText(reports.download(region.getId(), PoolReportService.Format.DOCX, DUTCH).bytes());
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("CONCEPT", "Hele regio (alle gemeenten) · Tweede halfjaar 2098",
                    "a. Inzet per gemeente en bereikte inwoners per thema", "b. Activiteiten",
                    "c. Geconstateerde meerwaarde", "Inwoners voelden zich gehoord", "d. Trends en ontwikkelingen",
                    "Meer vragen over mantelzorg", "e. Overige, projectspecifieke resultaten", "Een inloop in Roermond",
                    "Acht deelnemers, drie ervaringsdeskundigen", "Uren per maand", "Herstelgroep Venlo",
                    "Stadhuis Weert", "Mantelzorg");
        }
        // a row of part a reads: name, hours, key, share; a long name may wrap in its cell ("Echt- Susteren")
        String pdfWithoutSpaces = pdf.replace(" ", "");
        for (FairShareService.PartnerShare share : fairShare.shares(H2_2098, H2_2098.lastDay()).partners()) {
            assertThat(pdfWithoutSpaces).contains((share.partnerName() + PoolNumbers.hours(share.hours(), DUTCH)
                    + PoolNumbers.percentage(share.keyPercentage(), DUTCH)).replace(" ", ""));
        }
        assertThat(pdf).contains("Totaal 241,0");
        Map<String, String> docxHours = docxHours(reports.download(region.getId(), PoolReportService.Format.DOCX,
                DUTCH).bytes());
        assertThat(docxHours).containsAllEntriesOf(planning).containsEntry("Totaal", "241,0");
    }

    @Test
    void a_municipality_s_finalised_documents_show_its_own_line_as_issued_without_the_concept_mark()
            throws IOException {
        PoolReport issued = reports.finalise(venlo.getId(), venlo.getVersion(), new PoolReportTexts(
                "Korte lijnen met het wijkteam", "", ""), DUTCH);
        byte[] pdfBytes = reports.download(issued.getId(), PoolReportService.Format.PDF, DUTCH).bytes();
        byte[] docxBytes = reports.download(issued.getId(), PoolReportService.Format.DOCX, DUTCH).bytes();
        String pdf = pdfText(pdfBytes);
        String docx = docxText(docxBytes);
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("Venlo · Tweede halfjaar 2098", "Vastgesteld op", "Korte lijnen met het wijkteam",
                    "De pool als geheel werkte in dit halfjaar 241,0 uur.", "Niet beschreven.")
                    .doesNotContain("CONCEPT", "Stadhuis Weert", "Roermond");
        }
        assertThat(docxHours(docxBytes)).containsExactly(Map.entry("Venlo", planningHours().get("Venlo")));
        assertThat(pdf).contains("Venlo 75,0 28,47 %");
    }
}
