package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.organisation.OrganisationSettings;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
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
    private final NewestVersions newest;
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
    private final PortalTime time;

    RoleDescriptionService(RoleDescriptionRepository descriptions, NewestVersions newest,
                           ReviewCommentRepository comments,
                           RoleDescriptionChangeRepository changes, OwnTextBlockRepository ownBlocks,
                           TextBlockLibrary library, InterviewQuestions questions, SignedInUser signedInUser,
                           UserService users, TrajectService trajecten, OrganisationService organisation,
                           PortalI18nProvider i18n, ApplicationEventPublisher events, PortalTime time) {
        this.descriptions = descriptions;
        this.newest = newest;
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
        this.time = time;
    }

    public record Filter(RoleDescriptionStatus status, String theme, Long trajectId) {
        public static Filter none() {
            return new Filter(null, "", null);
        }
    }

    /**
     * Per description, the newest version this person may see that passes the filter: one page of the list, ordered by
     * title, read by the database without the descriptions' texts.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<RoleDescriptionSummary> list(Filter filter, int offset, int limit) {
        return newest.page(filter, viewer(me()), offset, limit);
    }

    /** How many lines {@link #list} has for this filter. */
    @PreAuthorize(Access.SIGNED_IN)
    public int count(Filter filter) {
        return newest.count(filter, viewer(me()));
    }

    /** Ids and names of the active trajecten this person may see, to link a description to and to filter by. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> trajectNames() {
        return trajecten.visibleTrajectNames();
    }

    /** A version this person may see, with its content. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<RoleDescription> find(long id) {
        SignedInUser.Account me = me();
        return descriptions.findById(id).filter(d -> mayView(d, me)).map(RoleDescription::withContent);
    }

    /** The content of a version this person may see, for instance to compare it with another version. */
    @PreAuthorize(Access.SIGNED_IN)
    public RoleDescriptionContent content(long id) {
        return visible(id, me()).content();
    }

    /** Everything the page of a version shows, with the vacancy text and interview questions in this language. */
    @PreAuthorize(Access.SIGNED_IN)
    public RoleDescriptionPage page(long id, Locale locale) {
        SignedInUser.Account me = me();
        RoleDescription description = visible(id, me);
        RoleDescriptionContent content = description.content();
        List<RoleDescriptionVersion> versions = versions(description.getLineageId(), me);
        List<ReviewComment> remarks = comments.findByDescriptionIdOrderByWrittenAtAscIdAsc(id);
        List<RoleDescriptionChange> history = changes.findByDescriptionIdInOrderByChangedAtDescIdDesc(
                versions.stream().map(RoleDescriptionVersion::id).toList());
        Set<Long> people = new HashSet<>();
        remarks.forEach(c -> {
            people.add(c.getAuthorId());
            if (c.getResolvedById() != null) {
                people.add(c.getResolvedById());
            }
        });
        history.stream().map(RoleDescriptionChange::getChangedById).filter(Objects::nonNull).forEach(people::add);
        for (Long person : new Long[] {description.getReviewerId(), description.getAuthorId(),
                description.getApprovedById()}) {
            if (person != null) {
                people.add(person);
            }
        }
        boolean inReview = description.getStatus() == RoleDescriptionStatus.IN_REVIEW;
        return new RoleDescriptionPage(description, RoleDescriptionWarnings.of(content), remarks, versions, history,
                people.isEmpty() ? Map.of() : users.namesOf(people), trajecten.visibleTrajectNames(),
                vacancyOf(description, content, locale), applicationOf(description, content, locale),
                questions.forContent(content), mayEdit(me) && description.getStatus().isEditable(), mayComment(description, me),
                mayAnswer(description, me), mayEdit(me) && inReview && description.isApprovedByOther(),
                isBeheerder(me) && inReview && !description.isApprovedByOther());
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription create(String title) {
        RoleDescriptionContent content = RoleDescriptionContent.titled(title);
        check(content);
        RoleDescription description = descriptions.saveAndFlush(new RoleDescription(content));
        description.startLineage();
        record(description, ChangeAction.CREATED, List.of(DescriptionSection.TITLE));
        return descriptions.saveAndFlush(description);
    }

    /** Saves a step of the builder (the whole content), made from version {@code expectedVersion}. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription update(long id, long expectedVersion, RoleDescriptionContent content) {
        RoleDescription description = editable(id, expectedVersion);
        check(content);
        List<DescriptionSection> changed = changedSections(description.content(), content);
        if (changed.isEmpty()) {
            return description;
        }
        description.apply(content);
        // an approval is for the text the reviewer read; a changed text needs their approval again
        description.withdrawApproval();
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.EDITED, changed);
        return saved;
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription submitForReview(long id, long expectedVersion, long reviewerId) {
        RoleDescription description = editable(id, expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.DRAFT, "roledesc.error.submit.status");
        users.findAccount(reviewerId).filter(a -> a.active())
                .orElseThrow(() -> new InvalidInput("roledesc.error.reviewer"));
        SignedInUser.Account me = me();
        // the author cannot approve their own text, so asking themselves would leave it unadoptable
        require(reviewerId != me.id(), "roledesc.error.reviewer.self");
        description.submitTo(reviewerId, me.id());
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.SUBMITTED, List.of());
        events.publishEvent(new RoleDescriptionSubmitted(saved.getId(), saved.fullTitle(), reviewerId,
                me().displayName()));
        return saved.withContent();
    }

    /** The reviewer's remark on one section, only while the version is in review. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ReviewComment comment(long id, DescriptionSection section, String text) {
        SignedInUser.Account me = me();
        RoleDescription description = visible(id, me);
        if (description.getReviewerId() == null || description.getReviewerId() != me.id()) {
            throw new AccessDeniedException("Only the chosen reviewer comments");
        }
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.comment.status");
        String clean = text == null ? "" : text.strip();
        require(section != null && !clean.isEmpty() && clean.length() <= ReviewComment.TEXT_MAX,
                "roledesc.error.comment", ReviewComment.TEXT_MAX);
        ReviewComment saved = comments.saveAndFlush(new ReviewComment(id, section, me.id(), clean, time.now()));
        record(description, ChangeAction.COMMENTED, List.of(section));
        return saved;
    }

    /** The reviewer approves the version they review; a summary is optional. Its author hears of it. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public RoleDescription approve(long id, long expectedVersion, String summary) {
        SignedInUser.Account me = me();
        RoleDescription description = underReviewBy(id, expectedVersion, me);
        require(!description.isApprovedByOther(), "roledesc.error.approve.twice");
        String clean = summary(summary, false);
        description.approve(me.id(), time.now(), clean.isEmpty() ? null : clean);
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.APPROVED, List.of(), clean);
        events.publishEvent(new RoleDescriptionApproved(saved.getId(), saved.fullTitle(), saved.getAuthorId(),
                me.displayName(), clean));
        return saved.withContent();
    }

    /** The reviewer sends the version back to its author as a draft, saying what to change. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public RoleDescription sendBack(long id, long expectedVersion, String summary) {
        SignedInUser.Account me = me();
        RoleDescription description = underReviewBy(id, expectedVersion, me);
        String clean = summary(summary, true);
        description.sendBack(time.now(), clean);
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, ChangeAction.SENT_BACK, List.of(), clean);
        events.publishEvent(new RoleDescriptionSentBack(saved.getId(), saved.fullTitle(), saved.getAuthorId(),
                me.displayName(), clean));
        return saved.withContent();
    }

    /**
     * Adopts a version that someone other than its author approved; the version adopted before it stays readable as
     * superseded.
     */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription adopt(long id, long expectedVersion) {
        RoleDescription description = editable(id, expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.adopt.status");
        require(description.isApprovedByOther(), "roledesc.error.adopt.approval");
        return adopted(description, null);
    }

    /**
     * A Beheerder adopts a version in review that nobody approved (a reviewer who is away, say), with a reason that
     * the version and its history keep.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public RoleDescription adoptWithoutApproval(long id, long expectedVersion, String reason) {
        RoleDescription description = editable(id, expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.adopt.status");
        String clean = reason == null ? "" : reason.strip();
        require(!clean.isEmpty() && clean.length() <= RoleDescription.SUMMARY_MAX, "roledesc.error.override",
                RoleDescription.SUMMARY_MAX);
        return adopted(description, clean);
    }

    private RoleDescription adopted(RoleDescription description, String reasonWithoutApproval) {
        for (RoleDescription other : descriptions.findByLineageIdAndStatus(description.getLineageId(),
                RoleDescriptionStatus.ADOPTED)) {
            other.supersede();
            record(other, ChangeAction.NEW_VERSION, List.of());
        }
        description.adopt(me().email(), time.now(), reasonWithoutApproval);
        RoleDescription saved = descriptions.saveAndFlush(description);
        record(saved, reasonWithoutApproval == null ? ChangeAction.ADOPTED : ChangeAction.ADOPTED_OVERRIDE, List.of(),
                reasonWithoutApproval);
        return saved.withContent();
    }

    /**
     * An answer to a reviewer's remark: by the description's editors while it is a draft or in review, by the reviewer
     * while it is in review.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public ReviewComment answer(long commentId, String text) {
        SignedInUser.Account me = me();
        ReviewComment remark = remark(commentId, me);
        RoleDescription description = visible(remark.getDescriptionId(), me);
        if (!mayAnswer(description, me)) {
            throw new AccessDeniedException("Only the editors and the reviewer answer, while the text is open");
        }
        String clean = text == null ? "" : text.strip();
        require(!clean.isEmpty() && clean.length() <= ReviewComment.TEXT_MAX, "roledesc.error.answer",
                ReviewComment.TEXT_MAX);
        ReviewComment saved = comments.saveAndFlush(ReviewComment.answer(remark, me.id(), clean, time.now()));
        record(description, ChangeAction.ANSWERED, List.of(remark.getSection()));
        return saved;
    }

    /** The author marks a reviewer's remark as dealt with; it leaves the list of open remarks. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public ReviewComment resolve(long commentId) {
        SignedInUser.Account me = me();
        ReviewComment remark = remark(commentId, me);
        RoleDescription description = visible(remark.getDescriptionId(), me);
        require(description.getStatus().isEditable(), "roledesc.error.adopted");
        if (remark.isOpen()) {
            remark.resolve(me.id(), time.now());
            record(description, ChangeAction.RESOLVED, List.of(remark.getSection()));
        }
        return comments.saveAndFlush(remark);
    }

    private ReviewComment remark(long commentId, SignedInUser.Account me) {
        ReviewComment remark = comments.findById(commentId)
                .filter(c -> descriptions.findById(c.getDescriptionId()).filter(d -> mayView(d, me)).isPresent())
                .orElseThrow(() -> new InvalidInput("roledesc.error.comment.notfound"));
        require(!remark.isAnswer(), "roledesc.error.comment.notfound");
        return remark;
    }

    private RoleDescription underReviewBy(long id, long expectedVersion, SignedInUser.Account me) {
        RoleDescription description = visible(id, me);
        if (description.getReviewerId() == null || description.getReviewerId() != me.id()) {
            throw new AccessDeniedException("Only the chosen reviewer approves or sends back");
        }
        description.requireVersion(expectedVersion);
        require(description.getStatus() == RoleDescriptionStatus.IN_REVIEW, "roledesc.error.review.status");
        return description;
    }

    private static String summary(String summary, boolean required) {
        String clean = summary == null ? "" : summary.strip();
        require((!required || !clean.isEmpty()) && clean.length() <= RoleDescription.SUMMARY_MAX,
                required ? "roledesc.error.sendback" : "roledesc.error.summary", RoleDescription.SUMMARY_MAX);
        return clean;
    }

    /** Starts the next version of an adopted description, as a draft with the same content. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription newVersion(long id) {
        RoleDescription adopted = visible(id, me());
        require(adopted.getStatus() == RoleDescriptionStatus.ADOPTED, "roledesc.error.version.status");
        List<RoleDescriptionVersion> lineage = versions(adopted.getLineageId(), me());
        require(lineage.stream().noneMatch(v -> v.status().isEditable()), "roledesc.error.version.open");
        int next = lineage.stream().mapToInt(RoleDescriptionVersion::number).max().orElse(0) + 1;
        RoleDescription draft = descriptions.saveAndFlush(adopted.nextVersion(next));
        record(draft, ChangeAction.NEW_VERSION, List.of());
        return draft;
    }

    /**
     * The vacancy text: what HR saved, or else one generated from the description in the given language, followed by
     * the "Solliciteren" section with the contact and closing date.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public String vacancy(long id, Locale locale) {
        RoleDescription description = visible(id, me());
        RoleDescriptionContent content = description.content();
        return vacancyOf(description, content, locale) + "\n\n" + applicationOf(description, content, locale);
    }

    private String vacancyOf(RoleDescription description, RoleDescriptionContent content, Locale locale) {
        return description.getVacancyText().isEmpty()
                ? VacancyText.generate(content, organisation.settings().name(), labels(locale))
                : description.getVacancyText();
    }

    private String applicationOf(RoleDescription description, RoleDescriptionContent content, Locale locale) {
        return VacancyText.application(description.getVacancyContact(), description.getVacancyClosesOn(),
                content.placement().lineManager(), labels(locale), locale);
    }

    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription saveVacancy(long id, long expectedVersion, String text) {
        RoleDescription description = visible(id, me());
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
        RoleDescription description = visible(id, me());
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
        record(saved, ChangeAction.VACANCY_EDITED, List.of());
        return saved.withContent();
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
    public TextBlock addTextBlock(DescriptionSection section, String title, String text) {
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

    private Labels labels(Locale locale) {
        return (key, params) -> i18n.translate(locale, key, params);
    }

    private static String fileNamePart(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "document" : ascii.substring(0, Math.min(60, ascii.length()));
    }

    private static List<DescriptionSection> changedSections(RoleDescriptionContent before, RoleDescriptionContent after) {
        return Arrays.stream(DescriptionSection.values())
                .filter(s -> !SectionTexts.of(before, s, KEYS).equals(SectionTexts.of(after, s, KEYS))
                        || (s == DescriptionSection.TITLE && !java.util.Objects.equals(before.trajectId(), after.trajectId())))
                .toList();
    }

    private void record(RoleDescription description, ChangeAction action, List<DescriptionSection> sections) {
        record(description, action, sections, null);
    }

    private void record(RoleDescription description, ChangeAction action, List<DescriptionSection> sections,
                        String note) {
        SignedInUser.Account me = me();
        changes.save(new RoleDescriptionChange(description.getId(), action, sections, me.email(), me.id(), time.now(),
                note == null || note.isEmpty() ? null : note));
    }

    private RoleDescription visible(long id, SignedInUser.Account me) {
        return descriptions.findById(id).filter(d -> mayView(d, me))
                .orElseThrow(() -> new InvalidInput("roledesc.error.notfound"));
    }

    private RoleDescription editable(long id, long expectedVersion) {
        RoleDescription description = visible(id, me());
        description.requireVersion(expectedVersion);
        require(description.getStatus().isEditable(), "roledesc.error.adopted");
        return description;
    }

    private List<RoleDescriptionVersion> versions(long lineageId, SignedInUser.Account me) {
        return descriptions.findVersions(lineageId, mayEdit(me), me.id()).stream()
                .map(v -> new RoleDescriptionVersion(v.getId(), v.getVersionNumber(), v.getStatus())).toList();
    }

    private static NewestVersions.Viewer viewer(SignedInUser.Account me) {
        return new NewestVersions.Viewer(mayEdit(me), me.id());
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

    private static boolean isBeheerder(SignedInUser.Account me) {
        return me.roles().contains(Role.BEHEERDER);
    }

    /** Editors answer remarks while the text is open; the reviewer while it is in review. */
    private static boolean mayAnswer(RoleDescription d, SignedInUser.Account me) {
        return (mayEdit(me) && d.getStatus().isEditable()) || mayComment(d, me);
    }

    private static boolean mayComment(RoleDescription d, SignedInUser.Account me) {
        return d.getStatus() == RoleDescriptionStatus.IN_REVIEW && d.getReviewerId() != null
                && d.getReviewerId() == me.id();
    }

    private SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private void check(RoleDescriptionContent c) {
        TitleAndRoles heading = c.titleAndRoles();
        require(!heading.title().isEmpty() && heading.title().length() <= RoleDescription.TITLE_MAX,
                "roledesc.error.title", RoleDescription.TITLE_MAX);
        require(heading.theme().length() <= RoleDescription.TITLE_MAX, "roledesc.error.theme",
                RoleDescription.TITLE_MAX);
        for (String text : List.of(c.contextAndTasks().context(), c.placement().notes(), c.terms().payGuidance(),
                c.terms().conditions(), c.support().support(), c.support().development(), c.free().text())) {
            require(text.length() <= RoleDescription.TEXT_MAX, "roledesc.error.text", RoleDescription.TEXT_MAX);
        }
        List<String> tasks = c.contextAndTasks().tasks();
        require(tasks.size() <= RoleDescription.TASKS_MAX, "roledesc.error.tasks", RoleDescription.TASKS_MAX);
        require(tasks.stream().allMatch(t -> t.length() <= RoleDescription.TASK_MAX), "roledesc.error.task",
                RoleDescription.TASK_MAX);
        require(c.placement().lineManager().length() <= RoleDescription.TITLE_MAX, "roledesc.error.linemanager",
                RoleDescription.TITLE_MAX);
        require(c.terms().collectiveAgreement().length() <= RoleDescription.TITLE_MAX, "roledesc.error.cao",
                RoleDescription.TITLE_MAX);
        Integer hours = c.terms().hoursPerWeek();
        require(hours == null || (hours >= 1 && hours <= HOURS_MAX), "roledesc.error.hours", HOURS_MAX);
        Integer experts = c.placement().expertsInTeam();
        require(experts == null || (experts >= 1 && experts <= EXPERTS_MAX), "roledesc.error.experts", EXPERTS_MAX);
        require(c.trajectId() == null || trajecten.find(c.trajectId()).isPresent(), "roledesc.error.traject");
    }
}
