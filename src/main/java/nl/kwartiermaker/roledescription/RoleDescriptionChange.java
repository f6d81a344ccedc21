package nl.kwartiermaker.roledescription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** One line of a version's history: who did what, to which sections, when. Written once, never changed. */
@Entity
@Table(name = "role_description_change")
public class RoleDescriptionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "role_description_id", nullable = false)
    private long descriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private ChangeAction action;

    @Column(name = "sections", nullable = false, length = 500)
    private String sections;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by_id")
    private Long changedById;

    /** What the person wrote with it: a reviewer's summary, or why a Beheerder adopted without approval. */
    @Column(name = "note", length = RoleDescription.SUMMARY_MAX)
    private String note;

    protected RoleDescriptionChange() {
    }

    RoleDescriptionChange(long descriptionId, ChangeAction action, Collection<DescriptionSection> sections, String changedBy,
                          Long changedById, Instant changedAt, String note) {
        this.changedById = changedById;
        this.note = note;
        this.descriptionId = descriptionId;
        this.action = action;
        this.sections = sections.stream().map(DescriptionSection::name).collect(Collectors.joining(","));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    Long getId() {
        return id;
    }

    public long getDescriptionId() {
        return descriptionId;
    }

    public ChangeAction getAction() {
        return action;
    }

    public List<DescriptionSection> getSections() {
        return sections.isEmpty() ? List.of() : Arrays.stream(sections.split(",")).map(DescriptionSection::valueOf).toList();
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** Who did it, to show by name; empty for a change by someone the portal no longer knows. */
    public Long getChangedById() {
        return changedById;
    }

    public String getNote() {
        return note == null ? "" : note;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
