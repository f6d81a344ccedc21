package nl.kwartiermaker.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * A group of experts that discusses cases with a method under a facilitator (seed 001: intervisie). Four to eight
 * members work; outside that the portal warns. Members are people in the register, by id.
 */
@Entity
@Table(name = "mentoring_intervision_group")
public class IntervisionGroup extends AuditedEntity {

    public static final int MIN_MEMBERS = 4;
    public static final int MAX_MEMBERS = 8;
    public static final int NAME_MAX = 150;
    /** Where the size and the common themes come from, as pages name it. */
    public static final String SOURCE = "001, Fase 2: Regel een maatje/mentor, coaching, intervisie en supervisie";
    public static final int METHOD_MAX = 150;
    public static final int SCHEDULE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "facilitator_id")
    private Long facilitatorId;

    @Column(name = "method", nullable = false, length = METHOD_MAX)
    private String method = "";

    /** In words, e.g. "maandelijks, afwisselend met het werkoverleg". */
    @Column(name = "schedule", nullable = false, length = SCHEDULE_MAX)
    private String schedule = "";

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection
    @CollectionTable(name = "mentoring_intervision_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> memberIds = new HashSet<>();

    protected IntervisionGroup() {
    }

    IntervisionGroup(String name) {
        this.name = name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public String getMethod() {
        return method;
    }

    public String getSchedule() {
        return schedule;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    void apply(String name, Long facilitatorId, String method, String schedule, Set<Long> memberIds) {
        this.name = name;
        this.facilitatorId = facilitatorId;
        this.method = method;
        this.schedule = schedule;
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    /** Fewer than four or more than eight members (seed 001). */
    public static boolean sizeIsOff(int members) {
        return members < MIN_MEMBERS || members > MAX_MEMBERS;
    }
}
