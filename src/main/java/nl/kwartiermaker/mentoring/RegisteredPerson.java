package nl.kwartiermaker.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.AuditedEntity;

/**
 * Someone in the Begeleiding register: an expert by experience, a mentor, a buddy, a supervisor, or several of these
 * (a buddy is usually an expert too). Linked to a user account when the person has one ({@code userId}); a person
 * without an account can still be registered. Sensitive notes are not here but in {@link PersonalNotes}, so that no
 * list or overview can load them by accident.
 */
@Entity
@Table(name = "mentoring_person")
public class RegisteredPerson extends AuditedEntity {

    public static final int NAME_MAX = 150;
    public static final int TEAM_MAX = 150;
    public static final int NOTE_MAX = 500;
    public static final int EMAIL_MAX = 254;
    /** A mentor or buddy supports at most this many experts: more is no longer personal support. */
    public static final int CAPACITY_MAX = 20;
    public static final int HOURS_MIN = 1;
    public static final int HOURS_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "user_id")
    private Long userId;

    /** An expert by experience working for the organisation (paid or volunteer). */
    @Column(name = "expert", nullable = false)
    private boolean expert;

    @Column(name = "offers_mentoring", nullable = false)
    private boolean offersMentoring;

    @Column(name = "offers_buddy", nullable = false)
    private boolean offersBuddy;

    @Column(name = "supervisor", nullable = false)
    private boolean supervisor;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "team", nullable = false, length = TEAM_MAX)
    private String team = "";

    @Column(name = "traject_id")
    private Long trajectId;

    @Convert(converter = ThemesColumn.class)
    @Column(name = "themes", nullable = false, length = 500)
    private Set<ExperienceTheme> themes = EnumSet.noneOf(ExperienceTheme.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "employment", length = 20)
    private Employment employment;

    @Column(name = "hours_per_week")
    private Integer hoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "seniority", length = 20)
    private Seniority seniority;

    /** How many experts this person supports at most, as mentor and buddy together. */
    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "available", nullable = false)
    private boolean available = true;

    @Column(name = "availability_note", nullable = false, length = NOTE_MAX)
    private String availabilityNote = "";

    /** The day the person left the organisation or the register; kept for the history, out of every list. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected RegisteredPerson() {
    }

    RegisteredPerson(String name) {
        this.name = name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    public boolean isExpert() {
        return expert;
    }

    void setExpert(boolean expert) {
        this.expert = expert;
    }

    public boolean isOffersMentoring() {
        return offersMentoring;
    }

    void setOffersMentoring(boolean offersMentoring) {
        this.offersMentoring = offersMentoring;
    }

    public boolean isOffersBuddy() {
        return offersBuddy;
    }

    void setOffersBuddy(boolean offersBuddy) {
        this.offersBuddy = offersBuddy;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    void setSupervisor(boolean supervisor) {
        this.supervisor = supervisor;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getTeam() {
        return team;
    }

    void setTeam(String team) {
        this.team = team;
    }

    public Long getTrajectId() {
        return trajectId;
    }

    void setTrajectId(Long trajectId) {
        this.trajectId = trajectId;
    }

    public Set<ExperienceTheme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
    }

    void setThemes(Set<ExperienceTheme> themes) {
        this.themes = themes.isEmpty() ? EnumSet.noneOf(ExperienceTheme.class) : EnumSet.copyOf(themes);
    }

    public Employment getEmployment() {
        return employment;
    }

    void setEmployment(Employment employment) {
        this.employment = employment;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public Seniority getSeniority() {
        return seniority;
    }

    void setSeniority(Seniority seniority) {
        this.seniority = seniority;
    }

    public int getCapacity() {
        return capacity;
    }

    void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isAvailable() {
        return available;
    }

    void setAvailable(boolean available) {
        this.available = available;
    }

    public String getAvailabilityNote() {
        return availabilityNote;
    }

    void setAvailabilityNote(String availabilityNote) {
        this.availabilityNote = availabilityNote;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    /** Takes over what the coordinator filled in; the service checked it. An expert's own fields only for experts. */
    void apply(PersonForm form) {
        name = form.name();
        email = form.email().isEmpty() ? null : form.email();
        userId = form.userId();
        expert = form.expert();
        startDate = form.expert() ? form.startDate() : null;
        team = form.team();
        trajectId = form.expert() ? form.trajectId() : null;
        setThemes(form.themes());
        employment = form.expert() ? form.employment() : null;
        hoursPerWeek = form.expert() ? form.hoursPerWeek() : null;
        offersMentoring = form.offersMentoring();
        offersBuddy = form.offersBuddy();
        seniority = form.seniority();
        capacity = form.offersMentoring() || form.offersBuddy() ? form.capacity() : 0;
        available = form.available();
        availabilityNote = form.availabilityNote();
        supervisor = form.supervisor();
    }

    /**
     * Erasure (a data-subject request): the entry stays, because mentorships and the pool refer to it by id, but it
     * no longer says who the person was, what their experience is about or how to reach them, and counts as left.
     */
    void erase(String pseudonym, LocalDate today) {
        name = pseudonym;
        email = null;
        userId = null;
        team = "";
        themes = EnumSet.noneOf(ExperienceTheme.class);
        availabilityNote = "";
        available = false;
        if (leftOn == null) {
            leftOn = today;
        }
    }

    public boolean hasLeft() {
        return leftOn != null;
    }

    public boolean isSupporter() {
        return offersMentoring || offersBuddy;
    }
}
