package nl.kwartiermaker.roledescription;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.organisation.OrganisationSettings;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role descriptions and their workflow: HR advisers and Beheerders draft and adopt; the reviewer they choose comments
 * per section while a version is in review; everyone signed in reads adopted versions. A version someone may not
 * see is reported as not found, so its existence is not revealed.
 */
@Service
@Transactional(readOnly = true)
public class RoleDescriptionService {

    public static final String MAY_EDIT = "hasAnyRole('" + Role.Names.HR_ADVISEUR + "', '" + Role.Names.BEHEERDER
            + "')";
    public static final int HOURS_MAX = 40;
    public static final int EXPERTS_MAX = 500;

    /** Language-free rendering, so "which sections changed" does not depend on anyone's language. */
    private static final Labels KEYS = (key, params) -> key + Arrays.toString(params);

    private final RoleDescriptionRepository descriptions;
    private final ReviewCommentRepository comments;
    private final RoleDescriptionChangeRepository changes;
    private final OwnTextBlockRepository ownBlocks;
    private final TextBlockLibrary library;
    private final InterviewQuestions questions;
    private final SignedInUser signedInUser;
    private final UserService users;
    private final TrajectService trajecten;
    private final OrganisationService organisation;
    private final PortalI18nProvider i18n;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleDescriptionService(RoleDescriptionRepository descriptions, ReviewCommentRepository comments,
                           RoleDescriptionChangeRepository changes, OwnTextBlockRepository ownBlocks,
                           TextBlockLibrary library, InterviewQuestions questions, SignedInUser signedInUser,
                           UserService users, TrajectService trajecten, OrganisationService organisation,
                           PortalI18nProvider i18n, ApplicationEventPublisher events, Clock clock) {
        this.descriptions = descriptions;
        this.comments = comments;
        this.changes = changes;
        this.ownBlocks = ownBlocks;
        this.library = library;
        this.questions = questions;
        this.signedInUser = signedInUser;
        this.users = users;
        this.trajecten = trajecten;
        this.organisation = organisation;
        this.i18n = i18n;
        this.events = events;
        this.clock = clock;
    }

    public record Filter(RoleDescriptionStatus status, String theme, Long trajectId) {
        public static Filter none() {
            return new Filter(null, "", null);
        }
    }

    /** Per description, the newest version this person may see that passes the filter. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<RoleDescriptionSummary> list(Filter filter) {
        SignedInUser.Account me = me();
        List<RoleDescription> visible = mayEdit(me) ? descriptions.findAllOrdered()
                : descriptions.findAdoptedOrReviewedBy(me.id());
        String theme = filter.theme() == null ? "" : filter.theme().strip().toLowerCase(Locale.ROOT);
        Map<Long, RoleDescription> newest = new LinkedHashMap<>();
        visible.stream()
                .filter(d -> filter.status() == null || d.getStatus() == filter.status())
                .filter(d -> theme.isEmpty() || d.fullTitle().toLowerCase(Locale.ROOT).contains(theme))
                .filter(d -> filter.trajectId() == null || filter.trajectId().equals(d.getTrajectId()))
                .forEach(d -> newest.merge(d.getLineageId(), d,
                        (a, b) -> a.getVersionNumber() >= b.getVersionNumber() ? a : b));
        if (newest.isEmpty()) {
            return List.of();
        }
        Map<Long, String> trajectNames = trajectNames();
        return newest.values().stream()
                .map(d -> new RoleDescriptionSummary(d.getId(), d.getTitle(), d.getTheme(), d.getVersionNumber(),
                        d.getStatus(), d.getTrajectId(), d.getTrajectId() == null ? ""
                        : trajectNames.getOrDefault(d.getTrajectId(), ""), d.getModifiedAt()))
                .toList();
    }

    /** Ids and names of the active trajecten this person may see, to link a description to and to filter by. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> trajectNames() {
        return trajecten.visibleTrajectNames();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Optional<RoleDescription> find(long id) {
        SignedInUser.Account me = me();
        return descriptions.findById(id).filter(d -> mayView(d, me));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public RoleDescriptionPage page(long id) {
        SignedInUser.Account me = me();
        RoleDescription description = visible(id, me);
        List<RoleDescription> versions = descriptions.findLineage(description.getLineageId()).stream()
                .filter(d -> mayView(d, me)).toList();
        List<ReviewComment> remarks = comments.findByDescriptionIdOrderByWrittenAtAscIdAsc(id);
        Set<Long> people = new HashSet<>();
        remarks.forEach(c -> people.add(c.getAuthorId()));
        if (description.getReviewerId() != null) {
            people.add(description.getReviewerId());
        }
        String trajectName = description.getTrajectId() == null ? ""
                : trajecten.visibleTrajectNames().getOrDefault(description.getTrajectId(), "");
        return new RoleDescriptionPage(description, RoleDescriptionWarnings.of(description.content()), remarks,
                versions, changes.findByDescriptionIdInOrderByChangedAtDescIdDesc(
                        versions.stream().map(RoleDescription::getId).toList()),
                people.isEmpty() ? Map.of() : users.namesOf(people), trajectName,
                mayEdit(me) && description.getStatus().isEditable(), mayComment(description, me));
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription create(String title) {
        RoleDescriptionContent content = RoleDescriptionContent.titled(title);
        check(content);
        RoleDescription description = descriptions.saveAndFlush(new RoleDescription(content));
        description.startLineage();
        record(description, ChangeAction.CREATED, List.of(Section.TITLE));
        return descriptions.saveAndFlush(description);
    }

    /** Saves a step of the builder (the whole content), made from version {@code expectedVersion}. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription update(long id, long expectedVersion, RoleDescriptionContent content) {
        RoleDescription description = editable(id, expectedVersion);
        check(content);
        List<Section> changed = changedSections(description.content(), content);
        if (changed.isEmpty()) {
            return description;
        }
        description.apply(content);
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.EDITED, changed);
        return saved;
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription submitForReview(long id, long expectedVersion, long reviewerId) {
        RoleDescription description = editable(id, expectedVersion);
        if (description.getStatus() != RoleDescriptionStatus.DRAFT) {
            throw new InvalidInput("roledesc.error.submit.status");
        }
        users.findAccount(reviewerId).filter(a -> a.active())
                .orElseThrow(() -> new InvalidInput("roledesc.error.reviewer"));
        description.submitTo(reviewerId);
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.SUBMITTED, List.of());
        events.publishEvent(new RoleDescriptionSubmitted(saved.getId(), saved.fullTitle(), reviewerId,
                me().displayName()));
        return saved;
    }

    /** The reviewer's remark on one section, only while the version is in review. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ReviewComment comment(long id, Section section, String text) {
        SignedInUser.Account me = me();
        RoleDescription description = visible(id, me);
        if (description.getReviewerId() == null || description.getReviewerId() != me.id()) {
            throw new AccessDeniedException("Only the chosen reviewer comments");
        }
        if (description.getStatus() != RoleDescriptionStatus.IN_REVIEW) {
            throw new InvalidInput("roledesc.error.comment.status");
        }
        String clean = text == null ? "" : text.strip();
        if (section == null || clean.isEmpty() || clean.length() > ReviewComment.TEXT_MAX) {
            throw new InvalidInput("roledesc.error.comment", ReviewComment.TEXT_MAX);
        }
        ReviewComment saved = comments.saveAndFlush(new ReviewComment(id, section, me.id(), clean, clock.instant()));
        record(description, ChangeAction.COMMENTED, List.of(section));
        return saved;
    }

    /** Adopts a version in review; the version adopted before it stays readable as superseded. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription adopt(long id, long expectedVersion) {
        RoleDescription description = editable(id, expectedVersion);
        if (description.getStatus() != RoleDescriptionStatus.IN_REVIEW) {
            throw new InvalidInput("roledesc.error.adopt.status");
        }
        for (RoleDescription other : descriptions.findLineage(description.getLineageId())) {
            if (other.getStatus() == RoleDescriptionStatus.ADOPTED) {
                other.supersede();
                record(other, ChangeAction.NEW_VERSION, List.of());
            }
        }
        description.adopt(me().email(), clock.instant());
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.ADOPTED, List.of());
        return saved;
    }

    /** Starts the next version of an adopted description, as a draft with the same content. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription newVersion(long id) {
        RoleDescription adopted = visible(id, me());
        if (adopted.getStatus() != RoleDescriptionStatus.ADOPTED) {
            throw new InvalidInput("roledesc.error.version.status");
        }
        List<RoleDescription> lineage = descriptions.findLineage(adopted.getLineageId());
        if (lineage.stream().anyMatch(d -> d.getStatus().isEditable())) {
            throw new InvalidInput("roledesc.error.version.open");
        }
        int next = lineage.stream().mapToInt(RoleDescription::getVersionNumber).max().orElse(0) + 1;
        RoleDescription draft = descriptions.saveAndFlush(adopted.nextVersion(next));
        record(draft, ChangeAction.NEW_VERSION, List.of());
        return draft;
    }

    /** The vacancy text: what HR saved, or else one generated from the description in the given language. */
    @PreAuthorize(Access.SIGNED_IN)
    public String vacancy(long id, Locale locale) {
        RoleDescription description = visible(id, me());
        return description.getVacancyText().isEmpty()
                ? VacancyText.generate(description.content(), organisation.settings().name(), labels(locale))
                : description.getVacancyText();
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription saveVacancy(long id, long expectedVersion, String text) {
        RoleDescription description = visible(id, me());
        requireVersion(description, expectedVersion);
        if (description.getStatus() == RoleDescriptionStatus.SUPERSEDED) {
            throw new InvalidInput("roledesc.error.vacancy.superseded");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.length() > RoleDescription.VACANCY_MAX) {
            throw new InvalidInput("roledesc.error.vacancy", RoleDescription.VACANCY_MAX);
        }
        description.setVacancyText(clean.isEmpty() ? null : clean);
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.VACANCY_EDITED, List.of());
        return saved;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<InterviewQuestion> interviewQuestions(long id) {
        return questions.forContent(visible(id, me()).content());
    }

    /** The shipped blocks followed by the organisation's own, for every section. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<TextBlock> textBlocks() {
        List<TextBlock> all = new ArrayList<>(library.blocks());
        ownBlocks.findAllByOrderBySectionAscTitleAsc().forEach(b -> all.add(new TextBlock(b.getSection(),
                b.getTitle(), b.getText(), "")));
        all.sort(Comparator.comparing(TextBlock::section));
        return all;
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public TextBlock addTextBlock(Section section, String title, String text) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanText = text == null ? "" : text.strip();
        require(section != null, "roledesc.error.block.section");
        require(!cleanTitle.isEmpty() && cleanTitle.length() <= RoleDescription.TITLE_MAX, "roledesc.error.block.title",
                RoleDescription.TITLE_MAX);
        require(!cleanText.isEmpty() && cleanText.length() <= RoleDescription.TEXT_MAX, "roledesc.error.block.text",
                RoleDescription.TEXT_MAX);
        OwnTextBlock saved = ownBlocks.saveAndFlush(new OwnTextBlock(section, cleanTitle, cleanText));
        return new TextBlock(saved.getSection(), saved.getTitle(), saved.getText(), "");
    }

    /** A document to download, in the given language, with the organisation's name and logo. */
    @PreAuthorize(Access.SIGNED_IN)
    public RoleDescriptionExport export(long id, RoleDescriptionExport.Kind kind, RoleDescriptionExport.Format format,
                                        Locale locale) {
        RoleDescription description = visible(id, me());
        Labels labels = labels(locale);
        OrganisationSettings settings = organisation.settings();
        RoleDescriptionContent content = description.content();
        String status = labels.get(description.getStatus().labelKey());
        ExportDocument document = switch (kind) {
            case DESCRIPTION -> new ExportDocument(settings.name(), settings.logo(), settings.logoType(),
                    content.fullTitle(), labels.get("roledesc.export.subtitle", description.getVersionNumber(), status),
                    SectionTexts.of(content, labels).stream().filter(p -> p.section() != Section.TITLE).toList());
            case VACANCY -> new ExportDocument(settings.name(), settings.logo(), settings.logoType(),
                    labels.get("roledesc.export.vacancy.title", content.fullTitle()), "",
                    List.of(new DocumentPart(Section.FREE, labels.get("roledesc.vacancy.title"),
                            List.of(vacancy(id, locale)), List.of())));
            case INTERVIEW -> new ExportDocument(settings.name(), settings.logo(), settings.logoType(),
                    labels.get("roledesc.export.interview.title", content.fullTitle()), "",
                    List.of(new DocumentPart(Section.FREE, labels.get("roledesc.interview.title"), List.of(),
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

    private Labels labels(Locale locale) {
        return (key, params) -> i18n.translate(locale, key, params);
    }

    private static String fileNamePart(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "document" : ascii.substring(0, Math.min(60, ascii.length()));
    }

    private static List<Section> changedSections(RoleDescriptionContent before, RoleDescriptionContent after) {
        return Arrays.stream(Section.values())
                .filter(s -> !SectionTexts.of(before, s, KEYS).equals(SectionTexts.of(after, s, KEYS))
                        || (s == Section.TITLE && !java.util.Objects.equals(before.trajectId(), after.trajectId())))
                .toList();
    }

    private void record(RoleDescription description, ChangeAction action, List<Section> sections) {
        changes.save(new RoleDescriptionChange(description.getId(), action, sections, me().email(), clock.instant()));
    }

    private RoleDescription visible(long id, SignedInUser.Account me) {
        return descriptions.findById(id).filter(d -> mayView(d, me))
                .orElseThrow(() -> new InvalidInput("roledesc.error.notfound"));
    }

    private RoleDescription editable(long id, long expectedVersion) {
        RoleDescription description = visible(id, me());
        requireVersion(description, expectedVersion);
        if (!description.getStatus().isEditable()) {
            throw new InvalidInput("roledesc.error.adopted");
        }
        return description;
    }

    /** Editors see every version; the reviewer the one they review; everyone else adopted versions only. */
    static boolean mayView(RoleDescription d, SignedInUser.Account me) {
        return mayView(d.getStatus(), d.getReviewerId(), me);
    }

    static boolean mayView(RoleDescriptionStatus status, Long reviewerId, SignedInUser.Account me) {
        return mayEdit(me) || status == RoleDescriptionStatus.ADOPTED || (reviewerId != null && reviewerId == me.id());
    }

    private static boolean mayEdit(SignedInUser.Account me) {
        return me.roles().contains(Role.HR_ADVISEUR) || me.roles().contains(Role.BEHEERDER);
    }

    private static boolean mayComment(RoleDescription d, SignedInUser.Account me) {
        return d.getStatus() == RoleDescriptionStatus.IN_REVIEW && d.getReviewerId() != null
                && d.getReviewerId() == me.id();
    }

    private SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private void check(RoleDescriptionContent c) {
        require(!c.title().isEmpty() && c.title().length() <= RoleDescription.TITLE_MAX, "roledesc.error.title",
                RoleDescription.TITLE_MAX);
        require(c.theme().length() <= RoleDescription.TITLE_MAX, "roledesc.error.theme", RoleDescription.TITLE_MAX);
        for (String text : List.of(c.context(), c.positioningNotes(), c.payGuidance(), c.conditions(), c.support(),
                c.development(), c.free())) {
            require(text.length() <= RoleDescription.TEXT_MAX, "roledesc.error.text", RoleDescription.TEXT_MAX);
        }
        require(c.tasks().size() <= RoleDescription.TASKS_MAX, "roledesc.error.tasks", RoleDescription.TASKS_MAX);
        require(c.tasks().stream().allMatch(t -> t.length() <= RoleDescription.TASK_MAX), "roledesc.error.task",
                RoleDescription.TASK_MAX);
        require(c.lineManager().length() <= RoleDescription.TITLE_MAX, "roledesc.error.linemanager",
                RoleDescription.TITLE_MAX);
        require(c.collectiveAgreement().length() <= RoleDescription.TITLE_MAX, "roledesc.error.cao",
                RoleDescription.TITLE_MAX);
        require(c.hoursPerWeek() == null || (c.hoursPerWeek() >= 1 && c.hoursPerWeek() <= HOURS_MAX),
                "roledesc.error.hours", HOURS_MAX);
        require(c.expertsInTeam() == null || (c.expertsInTeam() >= 1 && c.expertsInTeam() <= EXPERTS_MAX),
                "roledesc.error.experts", EXPERTS_MAX);
        require(c.trajectId() == null || trajecten.find(c.trajectId()).isPresent(), "roledesc.error.traject");
    }

    private static void require(boolean condition, String messageKey, Object... params) {
        if (!condition) {
            throw new InvalidInput(messageKey, params);
        }
    }

    private static void requireVersion(RoleDescription description, long expectedVersion) {
        if (description.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RoleDescription.class, description.getId());
        }
    }
}
