package nl.kwartiermaker.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * The organisation's own questionnaire: a copy of the shipped one (or of another template) that a Beheerder or project
 * lead adapted. Every save is a new revision; rounds copy the questions they ask, so a revision never changes a round
 * that started from an earlier one. {@code shippedVersion} names the shipped questionnaire whose themes (and their
 * advice) it uses.
 */
@Entity
@Table(name = "scan_template")
public class OrganisationTemplate extends AuditedEntity {

    public static final int NAME_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "shipped_version", nullable = false)
    private int shippedVersion;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    protected OrganisationTemplate() {
    }

    OrganisationTemplate(String name, int shippedVersion) {
        this.name = name;
        this.shippedVersion = shippedVersion;
        this.revision = 1;
    }

    void revise(String newName) {
        this.name = newName;
        this.revision++;
    }

    void archive() {
        this.archived = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getRevision() {
        return revision;
    }

    public int getShippedVersion() {
        return shippedVersion;
    }

    public boolean isArchived() {
        return archived;
    }
}
