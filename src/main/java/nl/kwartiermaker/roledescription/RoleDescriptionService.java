package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.InvalidInput.require;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.isBeheerder;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.mayAnswer;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.mayComment;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.mayEdit;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.mayView;
import static nl.kwartiermaker.roledescription.RoleDescriptionAccess.viewer;

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
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role descriptions, their list and pages and their writing: HR advisers and Beheerders draft them and start new
 * versions; everyone signed in reads adopted versions. A version someone may not see is reported as not found, so its
 * existence is not revealed. The review lives in {@link RoleDescriptionReviewService}, the vacancy text, interview
 * questions and downloads in {@link RoleDescriptionDocumentService}; the access rules they share in
 * {@link RoleDescriptionAccess}.
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
    private final RoleDescriptionAccess access;
    private final VacancyTexts vacancies;
    private final UserService users;
    private final TrajectService trajecten;

    RoleDescriptionService(RoleDescriptionRepository descriptions, NewestVersions newest,
                           ReviewCommentRepository comments,
                           RoleDescriptionChangeRepository changes, OwnTextBlockRepository ownBlocks,
                           TextBlockLibrary library, InterviewQuestions questions, RoleDescriptionAccess access,
                           VacancyTexts vacancies, UserService users, TrajectService trajecten) {
        this.descriptions = descriptions;
        this.newest = newest;
        this.comments = comments;
        this.changes = changes;
        this.ownBlocks = ownBlocks;
        this.library = library;
        this.questions = questions;
        this.access = access;
        this.vacancies = vacancies;
        this.users = users;
        this.trajecten = trajecten;
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
    @PreAuthorize(Access.STAFF)
    public List<RoleDescriptionSummary> list(Filter filter, int offset, int limit) {
        return newest.page(filter, viewer(access.me()), offset, limit);
    }

    /** How many lines {@link #list} has for this filter. */
    @PreAuthorize(Access.STAFF)
    public int count(Filter filter) {
        return newest.count(filter, viewer(access.me()));
    }

    /** Ids and names of the active trajecten this person may see, to link a description to and to filter by. */
    @PreAuthorize(Access.STAFF)
    public Map<Long, String> trajectNames() {
        return trajecten.visibleTrajectNames();
    }

    /** A version this person may see, with its content. */
    @PreAuthorize(Access.STAFF)
    public Optional<RoleDescription> find(long id) {
        SignedInUser.Account me = access.me();
        return descriptions.findById(id).filter(d -> mayView(d, me)).map(RoleDescription::withContent);
    }

    /** The content of a version this person may see, for instance to compare it with another version. */
    @PreAuthorize(Access.STAFF)
    public RoleDescriptionContent content(long id) {
        return access.visible(id, access.me()).content();
    }

    /** Everything the page of a version shows, with the vacancy text and interview questions in this language. */
    @PreAuthorize(Access.STAFF)
    public RoleDescriptionPage page(long id, Locale locale) {
        SignedInUser.Account me = access.me();
        RoleDescription description = access.visible(id, me);
        RoleDescriptionContent content = description.content();
        List<RoleDescriptionVersion> versions = access.versions(description.getLineageId(), me);
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
                vacancies.vacancyOf(description, content, locale),
                vacancies.applicationOf(description, content, locale), questions.forContent(content),
                mayEdit(me) && description.getStatus().isEditable(), mayComment(description, me),
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
        access.record(description, ChangeAction.CREATED, List.of(DescriptionSection.TITLE));
        return descriptions.saveAndFlush(description);
    }

    /** Saves a step of the builder (the whole content), made from version {@code expectedVersion}. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription update(long id, long expectedVersion, RoleDescriptionContent content) {
        RoleDescription description = access.editable(id, expectedVersion);
        check(content);
        List<DescriptionSection> changed = changedSections(description.content(), content);
        if (changed.isEmpty()) {
            return description;
        }
        description.apply(content);
        // an approval is for the text the reviewer read; a changed text needs their approval again
        description.withdrawApproval();
        RoleDescription saved = descriptions.saveAndFlush(description);
        access.record(saved, ChangeAction.EDITED, changed);
        return saved;
    }

    /** Starts the next version of an adopted description, as a draft with the same content. */
    @PreAuthorize(MAY_EDIT)
    @Transactional
    public RoleDescription newVersion(long id) {
        RoleDescription adopted = access.visible(id, access.me());
        require(adopted.getStatus() == RoleDescriptionStatus.ADOPTED, "roledesc.error.version.status");
        List<RoleDescriptionVersion> lineage = access.versions(adopted.getLineageId(), access.me());
        require(lineage.stream().noneMatch(v -> v.status().isEditable()), "roledesc.error.version.open");
        int next = lineage.stream().mapToInt(RoleDescriptionVersion::number).max().orElse(0) + 1;
        RoleDescription draft = descriptions.saveAndFlush(adopted.nextVersion(next));
        access.record(draft, ChangeAction.NEW_VERSION, List.of());
        return draft;
    }

    /** The shipped blocks followed by the organisation's own, for every section. */
    @PreAuthorize(Access.STAFF)
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

    private static List<DescriptionSection> changedSections(RoleDescriptionContent before, RoleDescriptionContent after) {
        return Arrays.stream(DescriptionSection.values())
                .filter(s -> !SectionTexts.of(before, s, KEYS).equals(SectionTexts.of(after, s, KEYS))
                        || (s == DescriptionSection.TITLE && !java.util.Objects.equals(before.trajectId(), after.trajectId())))
                .toList();
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
