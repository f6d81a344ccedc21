package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.hibernate.Length;

/**
 * What a municipality needs from the pool, as taken stock of in its kick-off meeting (seed 003: "een startbijeenkomst
 * per gemeente om de lokale behoefte te inventariseren"): when, who took part, the themes and the roles wanted.
 */
@Entity
@Table(name = "pool_needs")
public class NeedsInventory extends AuditedEntity {

    public static final int PARTICIPANTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(name = "participants", nullable = false, length = PARTICIPANTS_MAX)
    private String participants = "";

    @Convert(converter = PoolThemesColumn.class)
    @Column(name = "themes", nullable = false, length = 500)
    private Set<ExperienceTheme> themes = EnumSet.noneOf(ExperienceTheme.class);

    @Convert(converter = PoolRolesColumn.class)
    @Column(name = "roles_wanted", nullable = false, length = 300)
    private Set<PoolRole> rolesWanted = EnumSet.noneOf(PoolRole.class);

    @Lob
    @Column(name = "notes", nullable = false, length = Length.LONG32)
    private String notes = "";

    protected NeedsInventory() {
    }

    public NeedsInventory(long partnerId) {
        this.partnerId = partnerId;
    }

    public void describe(LocalDate metOn, String participants, Set<ExperienceTheme> themes, Set<PoolRole> rolesWanted,
                         String notes) {
        this.metOn = metOn;
        this.participants = participants == null ? "" : participants.strip();
        this.themes = themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
        this.rolesWanted = rolesWanted.isEmpty() ? EnumSet.noneOf(PoolRole.class) : EnumSet.copyOf(rolesWanted);
        this.notes = notes == null ? "" : notes.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public String getParticipants() {
        return participants;
    }

    public Set<ExperienceTheme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
    }

    public Set<PoolRole> getRolesWanted() {
        return rolesWanted.isEmpty() ? EnumSet.noneOf(PoolRole.class) : EnumSet.copyOf(rolesWanted);
    }

    public String getNotes() {
        return notes;
    }
}
