package nl.kwartiermaker.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kwartiermaker.base.AuditedEntity;
import org.hibernate.Length;

/**
 * One task of a new expert's onboarding plan. Tasks from the template carry its key and version and a copy of its
 * texts, so a later template never rewrites a running plan (as checklists do, decision 0004); the coordinator's own
 * tasks have no key. Due dates are the start date plus the template's offset, or a date the coordinator chose.
 */
@Entity
@Table(name = "mentoring_onboarding_task")
public class OnboardingTask extends AuditedEntity {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "template_key", length = 80)
    private String templateKey;

    @Column(name = "template_version")
    private Integer templateVersion;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Lob
    @Column(name = "description", nullable = false, length = Length.LONG32)
    private String description = "";

    /** Where the task comes from in the seeds, for template tasks. */
    @Column(name = "source", nullable = false, length = 300)
    private String source = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "owner", nullable = false, length = 20)
    private TaskOwner owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected OnboardingTask() {
    }

    OnboardingTask(long personId, int position, String title, TaskOwner owner, LocalDate dueOn) {
        this.personId = personId;
        this.position = position;
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    /** A copy of a template task: its key, version and texts stay as they are when the template changes later. */
    static OnboardingTask fromTemplate(long personId, int position, int templateVersion, OnboardingTemplate.Task task,
                                       LocalDate startDate) {
        OnboardingTask copy = new OnboardingTask(personId, position, task.title(), task.owner(),
                startDate.plusDays(task.dueOffsetDays()));
        copy.templateKey = task.key();
        copy.templateVersion = templateVersion;
        copy.description = task.explanation();
        copy.source = task.source();
        return copy;
    }

    /** The coordinator's own task, not from the template. */
    public boolean isOwn() {
        return templateKey == null;
    }

    /** Done and not applicable both count as finished, for the progress and for the overview. */
    public boolean isFinished() {
        return status != TaskStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    void changeStatus(TaskStatus status, LocalDate today) {
        this.status = status;
        this.doneOn = status == TaskStatus.DONE ? today : null;
    }

    void moveDue(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public Integer getTemplateVersion() {
        return templateVersion;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }

    public TaskOwner getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
