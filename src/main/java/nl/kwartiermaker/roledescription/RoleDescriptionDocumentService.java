package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SensitiveDataRead;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.organisation.OrganisationSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents made from a role description: its vacancy text (generated or saved by HR), its interview questions,
 * and the downloads (description, vacancy, interview questions as PDF or Word) with the organisation's name and logo.
 */
@Service
@Transactional(readOnly = true)
public class RoleDescriptionDocumentService {

    /** What the audit line of a download calls a role description. */
    public static final String AUDITED_AS = "functieprofiel";

    private static final String MAY_EDIT = RoleDescriptionService.MAY_EDIT;

    private final RoleDescriptionRepository descriptions;
    private final RoleDescriptionAccess access;
    private final VacancyTexts vacancies;
    private final InterviewQuestions questions;
    private final OrganisationService organisation;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    RoleDescriptionDocumentService(RoleDescriptionRepository descriptions, RoleDescriptionAccess access,
                                   VacancyTexts vacancies, InterviewQuestions questions,
                                   OrganisationService organisation, PortalTime time,
                                   ApplicationEventPublisher events) {
        this.descriptions = descriptions;
        this.access = access;
        this.vacancies = vacancies;
        this.questions = questions;
        this.organisation = organisation;
        this.time = time;
        this.events = events;
    }

    /**
     * The vacancy text: what HR saved, or else one generated from the description in the given language, followed by
     * the "Solliciteren" section with the contact and closing date.
     */
    @PreAuthorize(Access.STAFF)
    public String vacancy(long id, Locale locale) {
        RoleDescription description = access.visible(id, access.me());
        RoleDescriptionContent content = description.content();
        return vacancies.vacancyOf(description, content, locale) + "\n\n"
                + vacancies.applicationOf(description, content, locale);
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription saveVacancy(long id, long expectedVersion, String text) {
        RoleDescription description = access.visible(id, access.me());
        return saveVacancy(id, expectedVersion, text, description.getVacancyContact(),
                description.getVacancyClosesOn());
    }

    /**
     * Saves the vacancy text (empty: generate it again from the description) and its "Solliciteren" fields: whom to
     * contact and the closing date, both optional.
     */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription saveVacancy(long id, long expectedVersion, String text, String contact,
                                       LocalDate closesOn) {
        RoleDescription description = access.visible(id, access.me());
        description.requireVersion(expectedVersion);
        require(description.getStatus() != RoleDescriptionStatus.SUPERSEDED, "roledesc.error.vacancy.superseded");
        String clean = text == null ? "" : text.strip();
        require(clean.length() <= RoleDescription.VACANCY_MAX, "roledesc.error.vacancy", RoleDescription.VACANCY_MAX);
        String cleanContact = contact == null ? "" : contact.strip();
        require(cleanContact.length() <= RoleDescription.CONTACT_MAX, "roledesc.error.vacancy.contact",
                RoleDescription.CONTACT_MAX);
        require(closesOn == null || !closesOn.isBefore(time.today()), "roledesc.error.vacancy.closes");
        description.setVacancyText(clean.isEmpty() ? null : clean);
        description.setVacancyApplication(cleanContact.isEmpty() ? null : cleanContact, closesOn);
        RoleDescription saved = descriptions.saveAndFlush(description);
        access.record(saved, ChangeAction.VACANCY_EDITED, List.of());
        return saved.withContent();
    }

    @PreAuthorize(Access.STAFF)
    public List<InterviewQuestion> interviewQuestions(long id) {
        return questions.forContent(access.visible(id, access.me()).content());
    }

    /** A document to download, in the given language, with the organisation's name and logo. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public RoleDescriptionExport export(long id, RoleDescriptionExport.Kind kind, RoleDescriptionExport.Format format,
                                        Locale locale) {
        RoleDescription description = SensitiveDataRead.exported(AUDITED_AS, AUDITED_AS + "/" + id)
                .check(events, () -> access.visible(id, access.me()));
        // the line manager's and the vacancy contact's names are in it; the title says which document, not whose
        events.publishEvent(SensitiveDataRead.exported(AUDITED_AS, AUDITED_AS + "/" + id + " v"
                + description.getVersionNumber() + " " + kind.name().toLowerCase(Locale.ROOT) + " "
                + format.name().toLowerCase(Locale.ROOT)));
        Labels labels = vacancies.labels(locale);
        OrganisationSettings settings = organisation.settings();
        RoleDescriptionContent content = description.content();
        String status = labels.get(description.getStatus().labelKey());
        ExportDocument document = switch (kind) {
            case DESCRIPTION -> new ExportDocument(settings.name(), settings.logo(), settings.logoType(),
                    content.fullTitle(), labels.get("roledesc.export.subtitle", description.getVersionNumber(), status),
                    SectionTexts.of(content, labels).stream().filter(p -> p.section() != DescriptionSection.TITLE).toList());
            case VACANCY -> new ExportDocument(settings.name(), settings.logo(), settings.logoType(),
                    labels.get("roledesc.export.vacancy.title", content.fullTitle()), "",
                    VacancyText.parts(vacancy(id, locale)));
            case INTERVIEW -> new ExportDocument(settings.name(), settings.logo(), settings.logoType(),
                    labels.get("roledesc.export.interview.title", content.fullTitle()), "",
                    List.of(new DocumentPart(DescriptionSection.FREE, labels.get("roledesc.interview.title"), List.of(),
                            questions.forContent(content).stream().map(q -> q.text() + " (" + q.source() + ")")
                                    .toList())));
        };
        byte[] bytes = format == RoleDescriptionExport.Format.PDF ? PdfExport.render(document)
                : DocxExport.render(document);
        String base = (kind == RoleDescriptionExport.Kind.DESCRIPTION ? "functieprofiel"
                : kind == RoleDescriptionExport.Kind.VACANCY ? "vacature" : "gespreksvragen") + "-"
                + fileNamePart(content.fullTitle()) + "-v" + description.getVersionNumber();
        return new RoleDescriptionExport(base + "." + format.extension, format.contentType, bytes);
    }

    private static String fileNamePart(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "document" : ascii.substring(0, Math.min(60, ascii.length()));
    }
}
