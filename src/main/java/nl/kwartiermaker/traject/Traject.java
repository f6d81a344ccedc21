package nl.kwartiermaker.traject;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.base.PersonRef;

/**
 * One organisation unit's path through kwartiermaken: a team, department, municipality or the whole organisation.
 * Archived instead of deleted, so its history stays.
 */
@Entity
@Table(name = "traject")
public class Traject extends AuditedEntity {

    public static final int NAME_MAX = 150;
    public static final int UNIT_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PILOT_MAX = 500;
    public static final int PERSON_MAX = 150;
    public static final int PLANNED_EXPERTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "organisation_unit", nullable = false, length = UNIT_MAX)
    private String organisationUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "starting_point", nullable = false, length = 20)
    private StartingPoint startingPoint;

    @Column(name = "starting_point_description", nullable = false, length = DESCRIPTION_MAX)
    private String startingPointDescription;

    // Lazy: a list of trajecten needs none of these. Whoever needs them fetches them with the traject (the
    // repository's entity graphs): the members for every access check, the plan for the traject's page.
    @ElementCollection
    @CollectionTable(name = "traject_domain", joinColumns = @JoinColumn(name = "traject_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false, length = 30)
    private Set<Domain> domains = EnumSet.noneOf(Domain.class);

    @ElementCollection
    @CollectionTable(name = "traject_expert_role", joinColumns = @JoinColumn(name = "traject_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "expert_role", nullable = false, length = 30)
    private Set<ExpertRole> expertRoles = EnumSet.noneOf(ExpertRole.class);

    @ElementCollection
    @CollectionTable(name = "traject_member", joinColumns = @JoinColumn(name = "traject_id"))
    private Set<Membership> members = new HashSet<>();

    @Column(name = "project_lead_id", nullable = false)
    private long projectLeadId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "start_small", nullable = false)
    private boolean startSmall;

    @Column(name = "pilot_teams", nullable = false, length = PILOT_MAX)
    private String pilotTeams;

    @Column(name = "planned_experts")
    private Integer plannedExperts;

    @Column(name = "line_manager", nullable = false, length = PERSON_MAX)
    private String lineManager;

    @Column(name = "senior_expert_adviser", nullable = false, length = PERSON_MAX)
    private String seniorExpertAdviser;

    @Column(name = "visible_to_all_staff", nullable = false)
    private boolean visibleToAllStaff;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage = Stage.VERKENNING;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    protected Traject() {
    }

    Traject(TrajectForm form, Set<Membership> members, int templateVersion) {
        this.templateVersion = templateVersion;
        apply(form, members);
    }

    void apply(TrajectForm form, Set<Membership> members) {
        name = form.name();
        organisationUnit = form.organisationUnit();
        startingPoint = form.startingPoint();
        startingPointDescription = form.startingPointDescription();
        domains = form.domains().isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(form.domains());
        expertRoles = form.expertRoles().isEmpty() ? EnumSet.noneOf(ExpertRole.class)
                : EnumSet.copyOf(form.expertRoles());
        projectLeadId = form.projectLeadId();
        startDate = form.startDate();
        startSmall = form.startSmall();
        pilotTeams = form.pilotTeams();
        plannedExperts = form.plannedExperts();
        lineManager = form.lineManager();
        seniorExpertAdviser = form.seniorExpertAdviser();
        visibleToAllStaff = form.visibleToAllStaff();
        this.members = new HashSet<>(members);
    }

    /**
     * Erasure of a person (a data-subject request): they leave the working group, and the texts that name them (line
     * manager, adviser, pilot teams, starting point) name the pseudonym instead.
     */
    void erase(PersonRef person) {
        members.removeIf(m -> person.userId() != null && m.userId() == person.userId());
        lineManager = person.pseudonymise(lineManager);
        seniorExpertAdviser = person.pseudonymise(seniorExpertAdviser);
        pilotTeams = person.pseudonymise(pilotTeams);
        startingPointDescription = person.pseudonymise(startingPointDescription);
    }

    /** Whether this person leads or belongs to the working group. */
    public boolean involves(long userId) {
        return projectLeadId == userId || members.stream().anyMatch(m -> m.userId() == userId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationUnit() {
        return organisationUnit;
    }

    public StartingPoint getStartingPoint() {
        return startingPoint;
    }

    public String getStartingPointDescription() {
        return startingPointDescription;
    }

    public Set<Domain> getDomains() {
        return domains.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(domains);
    }

    public Set<ExpertRole> getExpertRoles() {
        return expertRoles.isEmpty() ? EnumSet.noneOf(ExpertRole.class) : EnumSet.copyOf(expertRoles);
    }

    public Set<Membership> getMembers() {
        return Set.copyOf(members);
    }

    public long getProjectLeadId() {
        return projectLeadId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public boolean isStartSmall() {
        return startSmall;
    }

    public String getPilotTeams() {
        return pilotTeams;
    }

    public Integer getPlannedExperts() {
        return plannedExperts;
    }

    public String getLineManager() {
        return lineManager;
    }

    public String getSeniorExpertAdviser() {
        return seniorExpertAdviser;
    }

    public boolean isVisibleToAllStaff() {
        return visibleToAllStaff;
    }

    public boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Stage getStage() {
        return stage;
    }

    void setStage(Stage stage) {
        this.stage = stage;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    void setTemplateVersion(int templateVersion) {
        this.templateVersion = templateVersion;
    }
}
