package nl.kwartiermaker.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.AuditedEntity;

/** One time a traject's scan is sent out: a baseline, or a re-scan later to show progress. */
@Entity
@Table(name = "scan_round")
public class ScanRound extends AuditedEntity {

    public static final int NAME_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "traject_id", nullable = false)
    private long trajectId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    /** The organisation template the round's questions were copied from, if any, and its revision at that time. */
    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "template_revision")
    private Integer templateRevision;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    /** Set when the project lead closes the round before its closing date. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    /**
     * Set once the round has closed and its answers are final (see {@code RoundSealing}); a sealed round never takes
     * an answer again and its results never change.
     */
    @Column(name = "sealed", nullable = false)
    private boolean sealed;

    /** Whether the traject's project lead has opened the results since the round was sealed. */
    @Column(name = "results_read", nullable = false)
    private boolean resultsRead;

    @Column(name = "respondent_groups", nullable = false, length = 200)
    private String respondentGroups;

    protected ScanRound() {
    }

    ScanRound(long trajectId, RoundForm form, int templateVersion) {
        this.trajectId = trajectId;
        this.templateVersion = templateVersion;
        apply(form);
    }

    ScanRound(long trajectId, RoundForm form, OrganisationTemplate template, int templateVersion) {
        this(trajectId, form, templateVersion);
        this.templateId = template.getId();
        this.templateRevision = template.getRevision();
    }

    void apply(RoundForm form) {
        this.name = form.name();
        this.opensOn = form.opensOn();
        this.closesOn = form.closesOn();
        this.respondentGroups = form.groups().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public RoundState state(LocalDate today) {
        if (sealed || closedOn != null || today.isAfter(closesOn)) {
            return RoundState.CLOSED;
        }
        return today.isBefore(opensOn) ? RoundState.PLANNED : RoundState.OPEN;
    }

    /** The day answers stopped being taken, once that has happened. */
    public LocalDate closedOn(LocalDate today) {
        return closedOn != null ? closedOn : today.isAfter(closesOn) ? closesOn : null;
    }

    void close(LocalDate today) {
        closedOn = today;
    }

    void seal() {
        if (closedOn == null) {
            closedOn = closesOn;
        }
        sealed = true;
    }

    public boolean isResultsRead() {
        return resultsRead;
    }

    /** Whether the round's answers are final and its results may be shown. */
    public boolean isSealed() {
        return sealed;
    }

    public Long getId() {
        return id;
    }

    public long getTrajectId() {
        return trajectId;
    }

    public String getName() {
        return name;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public Integer getTemplateRevision() {
        return templateRevision;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Set<RespondentGroup> getGroups() {
        Set<RespondentGroup> groups = EnumSet.noneOf(RespondentGroup.class);
        Arrays.stream(respondentGroups.split(",")).filter(s -> !s.isBlank()).map(RespondentGroup::valueOf)
                .forEach(groups::add);
        return groups;
    }
}
