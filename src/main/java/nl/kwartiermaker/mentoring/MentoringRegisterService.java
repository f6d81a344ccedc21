package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of Begeleiding: the coordinator registers experts by experience, mentors, buddies and supervisors,
 * changes their entries and marks who left; everyone who may see an entry reads its page. The sensitive notes are
 * read and written only here, through {@link #notes} and {@link #saveNotes}, and every reading is written to the audit
 * log ({@link MentoringAccess#readSensitive}).
 */
@Service
@Transactional(readOnly = true)
public class MentoringRegisterService {

    /** Someone may have started as an expert long before the portal: a start date may lie this far back. */
    static final int START_YEARS_BACK = 40;
    /** The version {@link #saveNotes} expects for notes that were never written. */
    public static final long NO_NOTES_YET = -1;
    /** What the audit line of a reading of the personal notes calls them. */
    public static final String PERSONAL_NOTES = "persoonlijke notities";

    // a plain check of the shape only (something@domain.tld): whether the address exists only a mail can tell
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final RegisteredPersonRepository people;
    private final PersonalNotesRepository notes;
    private final MentoringAccess access;
    private final TrajectService trajecten;
    private final UserService users;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    MentoringRegisterService(RegisteredPersonRepository people, PersonalNotesRepository notes, MentoringAccess access,
                             TrajectService trajecten, UserService users, PortalTime time,
                             ApplicationEventPublisher events) {
        this.people = people;
        this.notes = notes;
        this.access = access;
        this.trajecten = trajecten;
        this.users = users;
        this.time = time;
        this.events = events;
    }

    /** An entry's page as the signed-in person may see it: the profile, what its ids stand for, what they may do. */
    public record PersonPage(RegisteredPerson person, String trajectName, String accountName, boolean mayEdit,
                             boolean mayReadNotes) {
    }

    /** The sensitive notes of one person, with the version a change must start from. */
    public record Notes(String personalSituation, String wellbeingNotes, long version) {
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public RegisteredPerson register(PersonForm form) {
        access.requireCoordinator();
        check(form, null);
        RegisteredPerson person = new RegisteredPerson(form.name());
        person.apply(form);
        RegisteredPerson saved = people.saveAndFlush(person);
        if (saved.isExpert()) {
            events.publishEvent(new ExpertRegistered(saved.getId()));
        }
        return saved;
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public RegisteredPerson update(long personId, long expectedVersion, PersonForm form) {
        RegisteredPerson person = changeable(personId, expectedVersion);
        check(form, person);
        boolean becomesExpert = form.expert() && !person.isExpert();
        person.apply(form);
        RegisteredPerson saved = people.saveAndFlush(person);
        if (becomesExpert) {
            events.publishEvent(new ExpertRegistered(saved.getId()));
        }
        return saved;
    }

    /** The person left the organisation or the register today: kept for the history, out of every list. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public RegisteredPerson markLeft(long personId, long expectedVersion) {
        RegisteredPerson person = changeable(personId, expectedVersion);
        person.setLeftOn(time.today());
        RegisteredPerson saved = people.saveAndFlush(person);
        events.publishEvent(new PersonLeft(saved.getId()));
        return saved;
    }

    /** The page of an entry this person may see; "not found" for any other. Never loads the sensitive notes. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public PersonPage page(long personId) {
        MentoringAccess.Seen seen = access.seen(personId);
        RegisteredPerson person = seen.person();
        MentoringAccess.Relation relation = seen.relation();
        String trajectName = person.getTrajectId() == null ? ""
                : trajecten.visibleTrajectNames().getOrDefault(person.getTrajectId(), "");
        boolean coordinator = relation == MentoringAccess.Relation.COORDINATOR;
        // which account an entry is linked to is the coordinator's business only
        String accountName = !coordinator || person.getUserId() == null ? ""
                : users.namesOf(List.of(person.getUserId())).getOrDefault(person.getUserId(), "");
        return new PersonPage(person, trajectName, accountName, coordinator, relation.mayReadSensitive());
    }

    /**
     * The person's sensitive notes, for the expert, their own active mentor or buddy and the coordinator only; every
     * reading leaves a line in the audit log (without the content), so it is called only when someone asks to see them.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public Notes notes(long personId) {
        RegisteredPerson person = access.readSensitive(personId, PERSONAL_NOTES);
        return notes.findById(person.getId())
                .map(n -> new Notes(n.getPersonalSituation(), n.getWellbeingNotes(), n.getVersion()))
                .orElse(new Notes("", "", NO_NOTES_YET));
    }

    /** Writes the sensitive notes; the same people as {@link #notes} may. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public Notes saveNotes(long personId, long expectedVersion, String personalSituation, String wellbeingNotes) {
        RegisteredPerson person = access.sensitive(personId);
        String situation = personalSituation == null ? "" : personalSituation.strip();
        String wellbeing = wellbeingNotes == null ? "" : wellbeingNotes.strip();
        require(situation.length() <= PersonalNotes.TEXT_MAX && wellbeing.length() <= PersonalNotes.TEXT_MAX,
                "mentoring.register.error.notes", PersonalNotes.TEXT_MAX);
        PersonalNotes stored = notes.findById(person.getId()).orElse(null);
        if (stored == null) {
            if (expectedVersion != NO_NOTES_YET) {
                throw new ObjectOptimisticLockingFailureException(PersonalNotes.class,
                        person.getId());
            }
            stored = new PersonalNotes(person.getId());
        } else {
            stored.requireVersion(expectedVersion);
        }
        stored.setPersonalSituation(situation);
        stored.setWellbeingNotes(wellbeing);
        PersonalNotes saved = notes.saveAndFlush(stored);
        return new Notes(saved.getPersonalSituation(), saved.getWellbeingNotes(), saved.getVersion());
    }

    /** The start dates an expert may have; one saved before stays acceptable. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public DateWindow startDates() {
        LocalDate today = time.today();
        return DateWindow.fromYear(today.getYear() - START_YEARS_BACK, today);
    }

    /** The trajecten an expert may be linked to, by id, ordered by name. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public Map<Long, String> trajectChoices() {
        return trajecten.visibleTrajectNames();
    }

    private RegisteredPerson changeable(long personId, long expectedVersion) {
        access.requireCoordinator();
        RegisteredPerson person = access.visible(personId);
        require(!person.hasLeft(), "mentoring.register.error.left");
        person.requireVersion(expectedVersion);
        return person;
    }

    /** The register's checks of what is filled in, also for an expert the regional pool registers. */
    void check(PersonForm form, RegisteredPerson existing) {
        require(!form.name().isEmpty() && form.name().length() <= RegisteredPerson.NAME_MAX,
                "mentoring.register.error.name", RegisteredPerson.NAME_MAX);
        require(form.email().isEmpty() || form.email().length() <= RegisteredPerson.EMAIL_MAX
                && EMAIL.matcher(form.email()).matches(), "mentoring.register.error.email");
        require(form.expert() || form.offersMentoring() || form.offersBuddy() || form.supervisor(),
                "mentoring.register.error.role");
        require(form.team().length() <= RegisteredPerson.TEAM_MAX, "mentoring.register.error.team",
                RegisteredPerson.TEAM_MAX);
        if (form.userId() != null) {
            require(users.findAccount(form.userId()).filter(a -> a.active()).isPresent(),
                    "mentoring.register.error.account");
            require(!people.accountTaken(form.userId(), existing == null ? null : existing.getId()),
                    "mentoring.register.error.account.taken");
        }
        if (form.expert()) {
            checkExpert(form, existing);
        }
        if (form.offersMentoring() || form.offersBuddy()) {
            require(form.capacity() >= 0 && form.capacity() <= RegisteredPerson.CAPACITY_MAX,
                    "mentoring.register.error.capacity", RegisteredPerson.CAPACITY_MAX);
        }
        require(form.availabilityNote().length() <= RegisteredPerson.NOTE_MAX, "mentoring.register.error.note",
                RegisteredPerson.NOTE_MAX);
    }

    private void checkExpert(PersonForm form, RegisteredPerson existing) {
        require(form.startDate() != null, "mentoring.register.error.startdate");
        // a start date saved before stays acceptable when the window has moved on, as a traject's does
        if (existing == null || !form.startDate().equals(existing.getStartDate())) {
            DateWindow dates = startDates();
            require(dates.contains(form.startDate()), "mentoring.register.error.startdate.window",
                    dates.firstYear(), dates.lastYear());
        }
        require(form.employment() != null, "mentoring.register.error.employment");
        Integer hours = form.hoursPerWeek();
        require(form.employment() == Employment.VOLUNTEER && hours == null
                        || hours != null && hours >= RegisteredPerson.HOURS_MIN && hours <= RegisteredPerson.HOURS_MAX,
                "mentoring.register.error.hours", RegisteredPerson.HOURS_MIN, RegisteredPerson.HOURS_MAX);
        if (form.trajectId() != null && (existing == null || !form.trajectId().equals(existing.getTrajectId()))) {
            require(trajecten.visibleTrajectNames().containsKey(form.trajectId()), "mentoring.register.error.traject");
        }
    }
}
