package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.roledescription.CoreTask;

/**
 * What the pool needs to know of an expert beyond the Begeleiding register (which holds their name, themes and
 * support): their tie with the region, training, the BCP-E core tasks they take on and the hours they are available.
 * One profile per register entry ({@code personId}); the register stays the one list of people.
 */
@Entity
@Table(name = "pool_expert")
public class PoolExpert extends AuditedEntity {

    public static final int RESIDENCE_MAX = 120;
    public static final int REGION_TIE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "residence", nullable = false, length = RESIDENCE_MAX)
    private String residence = "";

    @Column(name = "region_tie", nullable = false, length = REGION_TIE_MAX)
    private String regionTie = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "training", nullable = false, length = 20)
    private TrainingLevel training = TrainingLevel.NOT_YET;

    @Convert(converter = CoreTasksColumn.class)
    @Column(name = "core_tasks", nullable = false, length = 200)
    private Set<CoreTask> coreTasks = EnumSet.noneOf(CoreTask.class);

    @Column(name = "hours_available", nullable = false)
    private int hoursAvailable;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected PoolExpert() {
    }

    public PoolExpert(long personId) {
        this.personId = personId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getResidence() {
        return residence;
    }

    public String getRegionTie() {
        return regionTie;
    }

    public TrainingLevel getTraining() {
        return training;
    }

    public Set<CoreTask> getCoreTasks() {
        return coreTasks.isEmpty() ? EnumSet.noneOf(CoreTask.class) : EnumSet.copyOf(coreTasks);
    }

    /** Hours per week the expert is available for the pool. */
    public int getHoursAvailable() {
        return hoursAvailable;
    }

    public boolean isActive() {
        return active;
    }

    public void describe(String residence, String regionTie, TrainingLevel training, Set<CoreTask> coreTasks,
                         int hoursAvailable) {
        this.residence = residence == null ? "" : residence.strip();
        this.regionTie = regionTie == null ? "" : regionTie.strip();
        this.training = training;
        this.coreTasks = coreTasks.isEmpty() ? EnumSet.noneOf(CoreTask.class) : EnumSet.copyOf(coreTasks);
        this.hoursAvailable = hoursAvailable;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
