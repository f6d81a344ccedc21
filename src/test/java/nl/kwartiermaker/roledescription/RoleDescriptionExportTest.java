package nl.kwartiermaker.roledescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.organisation.LogoFiles;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The exports, parsed back: PDF with PDFBox, DOCX with Apache POI. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class RoleDescriptionExportTest {

    static final Locale DUTCH = Locale.of("nl");

    @Autowired
    RoleDescriptionService descriptions;
    @Autowired
    RoleDescriptionDocumentService documents;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount hr;
    RoleDescription description;
    List<String> tasks;

    @BeforeEach
    void aDescriptionWithTwentyTasksAndALogo() throws IOException {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        hr = TestAccounts.withRole(users, Role.HR_ADVISEUR);
        long version = organisation.settings().version();
        version = organisation.rename(version, "Gemeente Ëxportstad").version();
        organisation.replaceLogo(version, png());
        TestAccounts.signInAs(hr);
        tasks = IntStream.rangeClosed(1, 20).mapToObj(n -> "Taak " + n + ": coördinatie van spreekuur € " + n * 10)
                .toList();
        RoleDescription draft = descriptions.create("Ervaringsdeskundige");
        description = descriptions.update(draft.getId(), draft.getVersion(), new RoleDescriptionContent(
                new TitleAndRoles("Ervaringsdeskundige", "armoede en schulden",
                        Set.of(ExpertRole.ONDERSTEUNER, ExpertRole.BELEIDSBEINVLOEDER), null),
                new ContextAndTasks("Wijkteam voor cliënten met schulden; reiskosten € 0,23 per km",
                        Set.of(nl.kwartiermaker.traject.Domain.HULPVERLENING, nl.kwartiermaker.traject.Domain.ONDERZOEK),
                        Set.of(CoreTask.INDIVIDUAL_RECOVERY), tasks),
                new Competences(Map.of(Competence.METHODS, CompetenceLevel.SENIOR)),
                new Placement(Positioning.EMBEDDED, 3, true, false, "Vakgroep met collega’s", "Noël de Leider"),
                new Terms(EmploymentType.PAID, 28, "Salaris tot € 4.100 bruto per maand", "Cao Sociaal Werk",
                        "Ruimte om te reflecteren na zware gesprekken"),
                new SupportAndDevelopment(true, true, true, false, "Mentor: Eef", false, "Opleiding tot senior"),
                new FreeSpace("Vrije ruimte: ideeën zijn welkom")));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void every_download_is_an_audit_line_naming_the_document_but_not_its_content() {
        documents.export(description.getId(), RoleDescriptionExport.Kind.VACANCY, RoleDescriptionExport.Format.PDF,
                DUTCH);
        var lines = AuditLines.about(jdbc, "EXPORT_DOWNLOADED", "functieprofiel/" + description.getId() + " v"
                + description.getVersionNumber() + " vacancy pdf");
        assertThat(lines).extracting(l -> l.get("actor") + " " + l.get("result") + " " + l.get("detail"))
                .containsExactly(hr.email() + " SUCCESS " + RoleDescriptionDocumentService.AUDITED_AS);
        AuditLines.holdNone(lines, "Noël", "Ervaringsdeskundige", "schulden");

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.MEDEWERKER));
        assertThatThrownBy(() -> documents.export(description.getId(), RoleDescriptionExport.Kind.DESCRIPTION,
                RoleDescriptionExport.Format.DOCX, DUTCH)).as("a draft is HR's own").isInstanceOf(InvalidInput.class);
        assertThat(AuditLines.about(jdbc, "EXPORT_DOWNLOADED", "functieprofiel/" + description.getId()))
                .extracting(l -> l.get("result")).containsExactly("DENIED");
    }

    @Test
    void the_pdf_holds_every_section_the_entered_texts_and_the_organisation() throws IOException {
        RoleDescriptionExport export = documents.export(description.getId(), RoleDescriptionExport.Kind.DESCRIPTION,
                RoleDescriptionExport.Format.PDF, DUTCH);
        assertThat(export.contentType()).isEqualTo("application/pdf");
        assertThat(export.fileName()).isEqualTo("functieprofiel-ervaringsdeskundige-armoede-en-schulden-v1.pdf");
        try (PDDocument pdf = Loader.loadPDF(export.bytes())) {
            // a long title wraps beside the logo; compare words, not line breaks
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Gemeente Ëxportstad", "Ervaringsdeskundige armoede en schulden",
                    "Positionering", "Beloning", "Ondersteuning", "Kerntaken", "Competenties (BCP-E)",
                    "cliënten met schulden; reiskosten € 0,23 per km", "Salaris tot € 4.100 bruto per maand",
                    "Noël de Leider", "Vrije ruimte: ideeën zijn welkom", "Beleidsbeïnvloeder", "Hulpverlening",
                    "Onderzoek");
            for (String task : tasks) {
                assertThat(text).contains(task);
            }
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the logo").isNotEmpty();
        }
    }

    @Test
    void the_docx_holds_every_section_the_entered_texts_and_the_logo() throws IOException {
        RoleDescriptionExport export = documents.export(description.getId(), RoleDescriptionExport.Kind.DESCRIPTION,
                RoleDescriptionExport.Format.DOCX, DUTCH);
        assertThat(export.fileName()).endsWith(".docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(export.bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("Gemeente Ëxportstad", "Ervaringsdeskundige armoede en schulden",
                    "Positionering", "Beloning", "Ontwikkelperspectief",
                    "cliënten met schulden; reiskosten € 0,23 per km", "Salaris tot € 4.100 bruto per maand",
                    "Noël de Leider", "Methoden, technieken en hulpmiddelen van het vak ervaringsdeskundigheid: Senior");
            for (String task : tasks) {
                assertThat(text).contains(task);
            }
            assertThat(docx.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void a_broken_logo_already_in_the_database_is_left_out_of_docx_and_pdf_and_logged_once(CapturedOutput output)
            throws IOException {
        // as a file that only started like a PNG was stored before uploads were checked: past the service
        byte[] broken = Arrays.copyOf(LogoFiles.pngSignatureOnly(), 80);
        broken[79] = (byte) System.nanoTime();
        jdbc.update("update organisation_profile set logo = ?, logo_type = 'image/png' where id = 1", broken);
        int before = output.getOut().length();
        for (RoleDescriptionExport.Kind kind : RoleDescriptionExport.Kind.values()) {
            RoleDescriptionExport docxExport = documents.export(description.getId(), kind,
                    RoleDescriptionExport.Format.DOCX, DUTCH);
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxExport.bytes()));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                assertThat(extractor.getText()).as(kind.name()).contains("Gemeente Ëxportstad");
                assertThat(docx.getAllPictures()).as(kind.name()).isEmpty();
            }
            RoleDescriptionExport pdfExport = documents.export(description.getId(), kind,
                    RoleDescriptionExport.Format.PDF, DUTCH);
            try (PDDocument pdf = Loader.loadPDF(pdfExport.bytes())) {
                assertThat(new PDFTextStripper().getText(pdf)).as(kind.name()).contains("Gemeente Ëxportstad");
                assertThat(pdf.getPage(0).getResources().getXObjectNames()).as(kind.name()).isEmpty();
            }
        }
        String logged = output.getOut().substring(before);
        assertThat(logged.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("logo"))).hasSize(1)
                .allMatch(l -> l.contains("WARN") && l.contains("The stored organisation logo cannot be read"));
        assertThat(logged).doesNotContain("ERROR", "\tat ");
    }

    @Test
    void a_logo_the_renderers_cannot_use_is_left_out_and_the_documents_still_made(CapturedOutput output)
            throws IOException {
        // the renderers' own guard, for a logo that reached them anyway
        byte[] broken = Arrays.copyOf(LogoFiles.pngSignatureOnly(), 90);
        broken[89] = (byte) System.nanoTime();
        ExportDocument document = new ExportDocument("Gemeente Ëxportstad", broken, "image/png", "Titel", "",
                List.of(new DocumentPart(DescriptionSection.FREE, "Kop", List.of("Tekst"), List.of())));
        int before = output.getOut().length();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxExport.render(document)))) {
            assertThat(docx.getAllPictures()).isEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(PdfExport.render(document))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Gemeente Ëxportstad", "Tekst");
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
        assertThat(output.getOut().substring(before).lines()
                .filter(l -> l.contains("The organisation logo is left out of exported documents"))).hasSize(1);
    }

    @Test
    void the_vacancy_and_the_interview_questions_export_too_and_the_vacancy_carries_hr_edits() throws IOException {
        documents.saveVacancy(description.getId(), description.getVersion(),
                "Wij zoeken een collega met lef. Vergoeding € 250 per maand, ideeën welkom.");
        RoleDescriptionExport vacancy = documents.export(description.getId(), RoleDescriptionExport.Kind.VACANCY,
                RoleDescriptionExport.Format.PDF, DUTCH);
        try (PDDocument pdf = Loader.loadPDF(vacancy.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Vergoeding € 250 per maand, ideeën welkom.");
        }
        RoleDescriptionExport interview = documents.export(description.getId(),
                RoleDescriptionExport.Kind.INTERVIEW, RoleDescriptionExport.Format.DOCX, DUTCH);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(interview.bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("Wat zijn jouw verwachtingen van je werk als ervaringsdeskundige?",
                    "Met welke methoden of hulpmiddelen");
        }
    }

    @Test
    void text_that_looks_like_markup_is_printed_as_text() throws IOException {
        RoleDescriptionContent c = description.content();
        RoleDescription saved = descriptions.update(description.getId(), description.getVersion(),
                c.with(new ContextAndTasks("<b>vet</b> & <script>x</script>", c.contextAndTasks().domains(),
                        c.contextAndTasks().coreTasks(), c.contextAndTasks().tasks())));
        RoleDescriptionExport export = documents.export(saved.getId(), RoleDescriptionExport.Kind.DESCRIPTION,
                RoleDescriptionExport.Format.PDF, DUTCH);
        try (PDDocument pdf = Loader.loadPDF(export.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<b>vet</b> & <script>x</script>");
        }
    }

    // --- house style (issue 11 item 10) ---

    private static XWPFDocument docx(RoleDescriptionExport export) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(export.bytes()));
    }

    private static List<String> textsInStyle(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyleID()))
                .map(XWPFParagraph::getText).toList();
    }

    @Test
    void the_docx_is_made_of_word_title_heading_and_list_styles_without_typed_bullets() throws IOException {
        try (XWPFDocument docx = docx(documents.export(description.getId(), RoleDescriptionExport.Kind.DESCRIPTION,
                RoleDescriptionExport.Format.DOCX, DUTCH))) {
            assertThat(textsInStyle(docx, "Title")).containsExactly("Ervaringsdeskundige armoede en schulden");
            assertThat(textsInStyle(docx, "Heading1")).contains("Rollen", "Positionering", "Beloning",
                    "Concrete taken");
            assertThat(textsInStyle(docx, "ListBullet")).contains("Ondersteuner", "Beleidsbeïnvloeder")
                    .containsAll(tasks);
            // Word knows them as its own heading and list styles, so a house style set restyles them
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("ListBullet").getName()).isEqualTo("List Bullet");
            XWPFParagraph item = docx.getParagraphs().stream().filter(p -> "ListBullet".equals(p.getStyleID()))
                    .findFirst().orElseThrow();
            assertThat(item.getNumID()).isNotNull();
            assertThat(item.getNumFmt()).isEqualTo("bullet");
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .noneMatch(t -> t.startsWith("•") || t.startsWith("- "));
            assertThat(docx.getParagraphs()).flatExtracting(XWPFParagraph::getRuns)
                    .as("no direct formatting: the styles decide").allMatch(r -> r.getFontFamily() == null
                            && r.getFontSizeAsDouble() == null);
        }
    }

    @Test
    void the_vacancy_docx_has_a_heading_per_part_real_lists_and_ends_with_how_to_apply() throws IOException {
        try (XWPFDocument docx = docx(documents.export(description.getId(), RoleDescriptionExport.Kind.VACANCY,
                RoleDescriptionExport.Format.DOCX, DUTCH))) {
            assertThat(textsInStyle(docx, "Heading1")).containsExactly("Wat ga je doen?", "Wat breng je mee?",
                    "Wat bieden wij?", "Solliciteren");
            assertThat(textsInStyle(docx, "ListBullet")).contains("Je werkt in de rol van ondersteuner",
                    "Arbeidsvoorwaarden volgens de cao Sociaal Werk", "Salaris tot € 4.100 bruto per maand");
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            int apply = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("Solliciteren");
            assertThat(paragraphs.subList(apply + 1, paragraphs.size())).extracting(XWPFParagraph::getText)
                    .containsExactly("Vragen over de functie? Neem contact op met Noël de Leider.",
                            "Je sollicitatie stuur je naar [naam en e-mailadres van de contactpersoon invullen].",
                            "Reageer uiterlijk op [sluitingsdatum invullen].");
        }
    }

    @Test
    void the_vacancy_is_grammatical_dutch_and_its_closing_section_carries_the_contact_and_date_hr_fills_in() {
        String vacancy = documents.vacancy(description.getId(), DUTCH);
        assertThat(vacancy).startsWith("Gemeente Ëxportstad zoekt een ervaringsdeskundige armoede en schulden.")
                .contains("- Je werkt in de rol van beleidsbeïnvloeder", "- Arbeidsvoorwaarden volgens de cao Sociaal Werk")
                .doesNotContain("Cao:", "cao Cao", "rol van Ondersteuner")
                .endsWith("Reageer uiterlijk op [sluitingsdatum invullen].");
        assertThat(VacancyText.midSentence("GGZ-coach")).isEqualTo("GGZ-coach");

        java.time.LocalDate closes = java.time.LocalDate.of(2099, 3, 1);
        documents.saveVacancy(description.getId(), description.getVersion(), "", "Hanneke de Vries, hr@gemeente.nl",
                closes);
        assertThat(documents.vacancy(description.getId(), DUTCH)).endsWith("""
                Solliciteren
                Wil je solliciteren of heb je vragen? Neem contact op met Hanneke de Vries, hr@gemeente.nl.
                Reageer uiterlijk op 1 maart 2099.""").doesNotContain("[");
        assertThat(documents.vacancy(description.getId(), Locale.ENGLISH)).contains("How to apply",
                "Apply by March 1, 2099.");
    }
}
