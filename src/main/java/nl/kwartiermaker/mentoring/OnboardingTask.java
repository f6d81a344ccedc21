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

/**
 * One task of a new expert's onboarding plan. Tasks from the template carry its key and version and a copy of its
 * texts, so a later template never rewrites a running plan (as checklists do, decision 0004); the coordinator's own
 * tasks have no key. Due dates are the start date plus the template's offset, or a date the coordinator chose.
 */
@Entity
@Table(name = "mentoring_onboarding_task")
public class OnboardingTask extends AuditedEntity {

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

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "description", nullable = false)
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
