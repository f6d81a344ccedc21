package nl.kwartiermaker.roledescription;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import org.hibernate.Length;
import org.hibernate.annotations.BatchSize;

/**
 * One version of a role description. Versions of the same description share a lineage (the id of the first); an
 * adopted version never changes, editing it starts the next version.
 */
@Entity
@Table(name = "role_description")
public class RoleDescription extends AuditedEntity {

    public static final int TITLE_MAX = 150;
    public static final int TEXT_MAX = 4000;
    public static final int TASK_MAX = 500;
    public static final int TASKS_MAX = 40;
    public static final int VACANCY_MAX = 8000;
    public static final int SUMMARY_MAX = 2000;
    public static final int CONTACT_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lineage_id")
    private Long lineageId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RoleDescriptionStatus status;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "traject_id")
    private Long trajectId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "theme", nullable = false, length = TITLE_MAX)
    private String theme;

    // Lazy: lists read summaries, not descriptions; a page that shows one description reads its five collections
    // when it renders the content (one statement each). Batches of 100 keep a few versions at one statement each.
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "role_description_role", joinColumns = @JoinColumn(name = "role_description_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "expert_role", nullable = false, length = 30)
    private Set<ExpertRole> roles = EnumSet.noneOf(ExpertRole.class);

    @Lob
    @Column(name = "context", nullable = false, length = Length.LONG32)
    private String context;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "role_description_domain", joinColumns = @JoinColumn(name = "role_description_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false, length = 30)
    private Set<Domain> domains = EnumSet.noneOf(Domain.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "role_description_core_task", joinColumns = @JoinColumn(name = "role_description_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "core_task", nullable = false, length = 40)
    private Set<CoreTask> coreTasks = EnumSet.noneOf(CoreTask.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "role_description_competence", joinColumns = @JoinColumn(name = "role_description_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "competence", length = 40)
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private Map<Competence, CompetenceLevel> competences = new EnumMap<>(Competence.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "role_description_task", joinColumns = @JoinColumn(name = "role_description_id"))
    @OrderColumn(name = "position")
    @Column(name = "task", nullable = false, length = TASK_MAX)
    private List<String> tasks = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "positioning", length = 20)
    private Positioning positioning;

    @Column(name = "experts_in_team")
    private Integer expertsInTeam;

    @Column(name = "tandem", nullable = false)
    private boolean tandem;

    @Column(name = "expert_leads_introduction", nullable = false)
    private boolean expertLeadsIntroduction;

    @Lob
    @Column(name = "positioning_notes", nullable = false, length = Length.LONG32)
    private String positioningNotes;

    @Column(name = "line_manager", nullable = false, length = TITLE_MAX)
    private String lineManager;

    @Column(name = "hours_per_week")
    private Integer hoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", length = 20)
    private EmploymentType employmentType;

    @Lob
    @Column(name = "pay_guidance", nullable = false, length = Length.LONG32)
    private String payGuidance;

    @Column(name = "collective_agreement", nullable = false, length = TITLE_MAX)
    private String collectiveAgreement;

    @Lob
    @Column(name = "conditions", nullable = false, length = Length.LONG32)
    private String conditions;

    @Column(name = "mentor", nullable = false)
    private boolean mentor;

    @Column(name = "intervision", nullable = false)
    private boolean intervision;

    @Column(name = "supervision", nullable = false)
    private boolean supervision;

    @Column(name = "professional_network", nullable = false)
    private boolean professionalNetwork;

    @Lob
    @Column(name = "support", nullable = false, length = Length.LONG32)
    private String support;

    @Column(name = "path_to_paid", nullable = false)
    private boolean pathToPaid;

    @Lob
    @Column(name = "development", nullable = false, length = Length.LONG32)
    private String development;

    @Lob
    @Column(name = "free_section", nullable = false, length = Length.LONG32)
    private String free;

    @Lob
    @Column(name = "vacancy_text", length = Length.LONG32)
    private String vacancyText;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "adopted_by", length = 254)
    private String adoptedBy;

    /** Who sent this version for review: its author, who may not approve it. */
    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "approved_by_id")
    private Long approvedById;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** When the reviewer last sent this version back to its author; cleared when it goes to review again. */
    @Column(name = "sent_back_at")
    private Instant sentBackAt;

    /** The reviewer's summary with the approval or the sending back. */
    @Column(name = "review_summary", length = SUMMARY_MAX)
    private String reviewSummary;

    /** Why a Beheerder adopted this version without an approval by someone other than its author. */
    @Column(name = "override_reason", length = SUMMARY_MAX)
    private String overrideReason;

    @Column(name = "vacancy_contact", length = CONTACT_MAX)
    private String vacancyContact;

    @Column(name = "vacancy_closes_on")
    private LocalDate vacancyClosesOn;

    protected RoleDescription() {
    }

    RoleDescription(RoleDescriptionContent content) {
        this.versionNumber = 1;
        this.status = RoleDescriptionStatus.DRAFT;
        apply(content);
    }

    /** The next version of an adopted description: its content, as a draft. */
    RoleDescription nextVersion(int number) {
        RoleDescription next = new RoleDescription(content());
        next.lineageId = lineageId;
        next.versionNumber = number;
        next.vacancyText = vacancyText;
        next.vacancyContact = vacancyContact;
        next.vacancyClosesOn = vacancyClosesOn;
        return next;
    }

    void startLineage() {
        if (lineageId == null) {
            lineageId = id;
        }
    }

    void apply(RoleDescriptionContent content) {
        TitleAndRoles heading = content.titleAndRoles();
        title = heading.title();
        theme = heading.theme();
        replace(roles, heading.roles());
        trajectId = heading.trajectId();
        ContextAndTasks work = content.contextAndTasks();
        context = work.context();
        replace(domains, work.domains());
        replace(coreTasks, work.coreTasks());
        tasks.clear();
        tasks.addAll(work.tasks());
        competences.clear();
        competences.putAll(content.competences().levels());
        Placement placement = content.placement();
        positioning = placement.positioning();
        expertsInTeam = placement.expertsInTeam();
        tandem = placement.tandem();
        expertLeadsIntroduction = placement.expertLeadsIntroduction();
        positioningNotes = placement.notes();
        lineManager = placement.lineManager();
        Terms terms = content.terms();
        employmentType = terms.employmentType();
        hoursPerWeek = terms.hoursPerWeek();
        payGuidance = terms.payGuidance();
        collectiveAgreement = terms.collectiveAgreement();
        conditions = terms.conditions();
        SupportAndDevelopment help = content.support();
        mentor = help.mentor();
        intervision = help.intervision();
        supervision = help.supervision();
        professionalNetwork = help.professionalNetwork();
        support = help.support();
        pathToPaid = help.pathToPaid();
        development = help.development();
        free = content.free().text();
    }

    private static <T> void replace(Set<T> stored, Set<T> wanted) {
        stored.clear();
        stored.addAll(wanted);
    }

    /**
     * Reads the content now, while the description is attached, so that whoever gets it after the transaction can
     * read the content too. The service hands out descriptions only this way.
     */
    RoleDescription withContent() {
        content();
        return this;
    }

    /** The content as HR wrote it; reads the five collections, so call it while the description is attached. */
    public RoleDescriptionContent content() {
        return new RoleDescriptionContent(
                new TitleAndRoles(title, theme, roles, trajectId),
                new ContextAndTasks(context, domains, coreTasks, List.copyOf(tasks)),
                new Competences(competences),
                new Placement(positioning, expertsInTeam, tandem, expertLeadsIntroduction, positioningNotes,
                        lineManager),
                new Terms(employmentType, hoursPerWeek, payGuidance, collectiveAgreement, conditions),
                new SupportAndDevelopment(mentor, intervision, supervision, professionalNetwork, support, pathToPaid,
                        development),
                new FreeSpace(free));
    }

    void submitTo(long reviewer, long author) {
        reviewerId = reviewer;
        authorId = author;
        status = RoleDescriptionStatus.IN_REVIEW;
        approvedById = null;
        approvedAt = null;
        sentBackAt = null;
        reviewSummary = null;
    }

    void approve(long by, Instant at, String summary) {
        approvedById = by;
        approvedAt = at;
        reviewSummary = summary;
    }

    /** Back to its author as a draft, with the reviewer's summary of what to change. */
    void sendBack(Instant at, String summary) {
        status = RoleDescriptionStatus.DRAFT;
        sentBackAt = at;
        reviewSummary = summary;
        approvedById = null;
        approvedAt = null;
    }

    /** A change to the text after an approval: the approval was for the text the reviewer read. */
    void withdrawApproval() {
        approvedById = null;
        approvedAt = null;
    }

    void adopt(String by, Instant at, String reasonWithoutApproval) {
        status = RoleDescriptionStatus.ADOPTED;
        adoptedBy = by;
        adoptedAt = at;
        overrideReason = reasonWithoutApproval;
    }

    void setVacancyApplication(String contact, LocalDate closesOn) {
        vacancyContact = contact;
        vacancyClosesOn = closesOn;
    }

    void supersede() {
        status = RoleDescriptionStatus.SUPERSEDED;
    }

    void setVacancyText(String text) {
        vacancyText = text;
    }

    public Long getId() {
        return id;
    }

    public long getLineageId() {
        return lineageId == null ? id : lineageId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public RoleDescriptionStatus getStatus() {
        return status;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public Long getTrajectId() {
        return trajectId;
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public String fullTitle() {
        return RoleDescriptionContent.fullTitle(title, theme);
    }

    /** HR's edited vacancy text, or empty when they have not written one yet (the generated text is shown then). */
    public String getVacancyText() {
        return vacancyText == null ? "" : vacancyText;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getApprovedById() {
        return approvedById;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    /** Approved by someone other than its author: what adopting asks for. */
    public boolean isApprovedByOther() {
        return approvedById != null && !approvedById.equals(authorId);
    }

    public Instant getSentBackAt() {
        return sentBackAt;
    }

    /** A draft its reviewer sent back and its author has not sent for review again. */
    public boolean isSentBack() {
        return status == RoleDescriptionStatus.DRAFT && sentBackAt != null;
    }

    public String getReviewSummary() {
        return reviewSummary == null ? "" : reviewSummary;
    }

    public String getOverrideReason() {
        return overrideReason == null ? "" : overrideReason;
    }

    public String getVacancyContact() {
        return vacancyContact == null ? "" : vacancyContact;
    }

    public LocalDate getVacancyClosesOn() {
        return vacancyClosesOn;
    }
}
