package nl.kwartiermaker.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * One step of a traject's checklist. Items from the template keep the template's key and version and a copy of its
 * texts, so a later template never changes a running traject; the organisation's own items have no key.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends AuditedEntity {

    public static final int TITLE_MAX = 200;
    public static final int EXPLANATION_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int NOTES_MAX = 4000;
    public static final int EVIDENCE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "traject_id", nullable = false, updatable = false)
    private long trajectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, updatable = false, length = 20)
    private Stage stage;

    @Column(name = "group_key", nullable = false, length = 80)
    private String groupKey;

    @Column(name = "group_title", nullable = false, length = TITLE_MAX)
    private String groupTitle;

    @Column(name = "template_key", length = 120)
    private String templateKey;

    @Column(name = "template_version")
    private Integer templateVersion;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "explanation", nullable = false, length = EXPLANATION_MAX)
    private String explanation;

    @Column(name = "knowledge_slug", length = 100)
    private String knowledgeSlug;

    @Column(name = "source", length = 300)
    private String source;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ItemStatus status = ItemStatus.OPEN;

    @Column(name = "not_applicable_reason", nullable = false, length = REASON_MAX)
    private String notApplicableReason = "";

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "notes", nullable = false, length = NOTES_MAX)
    private String notes = "";

    /** Links to evidence (documents, intranet pages), one per line. */
    @Column(name = "evidence_links", nullable = false, length = EVIDENCE_MAX)
    private String evidenceLinks = "";

    protected ChecklistItem() {
    }

    static ChecklistItem fromTemplate(long trajectId, ChecklistTemplate.Item item, int sortOrder) {
        ChecklistItem created = new ChecklistItem();
        created.trajectId = trajectId;
        created.stage = item.stage();
        created.groupKey = item.groupKey();
        created.groupTitle = item.groupTitle();
        created.templateKey = item.key();
        created.templateVersion = item.version();
        created.title = item.title();
        created.explanation = item.explanation();
        created.knowledgeSlug = item.knowledge();
        created.source = item.source();
        created.sortOrder = sortOrder;
        return created;
    }

    static ChecklistItem own(long trajectId, Stage stage, String groupTitle, String title, String explanation,
                             int sortOrder) {
        ChecklistItem created = new ChecklistItem();
        created.trajectId = trajectId;
        created.stage = stage;
        created.groupKey = "eigen";
        created.groupTitle = groupTitle;
        created.title = title;
        created.explanation = explanation;
        created.sortOrder = sortOrder;
        return created;
    }

    void apply(ItemChange change) {
        status = change.status();
        notApplicableReason = change.status() == ItemStatus.NVT ? change.notApplicableReason() : "";
        dueDate = change.dueDate();
        notes = change.notes();
        evidenceLinks = String.join("\n", change.evidenceLinks());
    }

    /** Erasure of a person named in the notes or the reason: the pseudonym stands in their place. */
    void pseudonymise(nl.kwartiermaker.base.PersonRef person) {
        notes = person.pseudonymise(notes);
        notApplicableReason = person.pseudonymise(notApplicableReason);
    }

    void assignTo(Long ownerId) {
        this.ownerId = ownerId;
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isDone();
    }

    public Long getId() {
        return id;
    }

    public long getTrajectId() {
        return trajectId;
    }

    public Stage getStage() {
        return stage;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public String getGroupTitle() {
        return groupTitle;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public Integer getTemplateVersion() {
        return templateVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getKnowledgeSlug() {
        return knowledgeSlug;
    }

    public String getSource() {
        return source;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getNotApplicableReason() {
        return notApplicableReason;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public List<String> getEvidenceLinks() {
        return evidenceLinks.isBlank() ? List.of() : List.of(evidenceLinks.split("\n"));
    }
}
