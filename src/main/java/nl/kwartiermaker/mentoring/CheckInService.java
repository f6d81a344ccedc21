package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins of a mentor or buddy with their expert (issue 13 item 4): either of the two logs one on a running
 * mentorship and edits their own; whoever may see the expert reads the history, but the notes only the expert, their
 * own mentor or buddy and the coordinator, and each time they do it is recorded ({@link MentoringAccess#readSensitive}).
 */
@Service
@Transactional
public class CheckInService {

    /** What the audit line of a reading of the check-in notes calls them. */
    public static final String NOTES = "check-in-notities";

    /** Check-ins are recorded from the year before the portal's first Begeleiding (2025) on. */
    static final int FIRST_YEAR = 2024;

    private final CheckInRepository checkIns;
    private final MentorshipRepository mentorships;
    private final MentoringAccess access;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    CheckInService(CheckInRepository checkIns, MentorshipRepository mentorships, MentoringAccess access,
                   PortalTime time, ApplicationEventPublisher events) {
        this.checkIns = checkIns;
        this.mentorships = mentorships;
        this.access = access;
        this.time = time;
        this.events = events;
    }

    /** What is written about one check-in; {@code notes} is sensitive. */
    public record CheckInEntry(LocalDate heldOn, CheckInForm form, String topics, String goal, String agreedActions,
                               String notes) {
    }

    /**
     * An expert's check-ins as the signed-in person may see them: the history without notes, the running
     * mentorships they may log a check-in on, when the mentor's next check-in is due ({@code null}: no running
     * mentor), and whether they may open the notes.
     */
    public record CheckInHistory(List<LoggedCheckIn> checkIns, List<Mentorship> mayLogOn, LocalDate nextDue,
                                 boolean overdue, boolean notesReadable, long myUserId, DateWindow dates,
                                 LocalDate today) {
    }

    /** The check-in part of an expert's page, in one read. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional(readOnly = true)
    public CheckInHistory history(long expertId) {
        MentoringAccess.Relation relation = access.seen(expertId).relation();
        List<Mentorship> running = mentorships.findByExpertIdAndStatusIn(expertId, List.of(MentorshipStatus.ACTIVE));
        List<LoggedCheckIn> logged = checkIns.findLoggedFor(expertId);
        LocalDate today = time.today();
        LocalDate nextDue = running.stream().filter(m -> CheckInSchedule.keepsRhythm(m.getKind())).findFirst()
                .map(m -> CheckInSchedule.due(m.getRhythm(), m.getStartedOn(), logged.stream()
                        .filter(c -> c.mentorshipId() == m.getId()).map(LoggedCheckIn::heldOn).findFirst()
                        .orElse(null)))
                .orElse(null);
        List<Mentorship> mayLogOn = switch (relation) {
            case SELF -> running;
            case SUPPORTER, COORDINATOR -> {
                Long me = access.myEntry().map(RegisteredPerson::getId).orElse(null);
                yield running.stream().filter(m -> Long.valueOf(m.getSupporterId()).equals(me)).toList();
            }
            default -> List.of();
        };
        return new CheckInHistory(logged, mayLogOn, nextDue, nextDue != null && CheckInSchedule.overdue(nextDue, today),
                relation.mayReadSensitive(), access.me().id(), DateWindow.fromYear(FIRST_YEAR, today), today);
    }

    /** The mentor, buddy or expert of a running mentorship logs a check-in. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public CheckIn log(long mentorshipId, CheckInEntry entry) {
        Mentorship mentorship = mentorships.findById(mentorshipId)
                .orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
        access.visible(mentorship.getExpertId());
        if (!party(mentorship)) {
            throw new AccessDeniedException("Only the expert and their mentor or buddy log check-ins");
        }
        InvalidInput.require(mentorship.getStatus() == MentorshipStatus.ACTIVE, "mentoring.checkins.error.not_running");
        CheckIn checkIn = new CheckIn(mentorshipId, entry.heldOn(), entry.form(), access.me().id());
        write(checkIn, mentorship, entry);
        return checkIns.save(checkIn);
    }

    /** Whoever logged a check-in corrects it, from the version they saw. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public CheckIn edit(long checkInId, long expectedVersion, CheckInEntry entry) {
        CheckIn checkIn = checkIns.findById(checkInId).orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
        Mentorship mentorship = mentorships.findById(checkIn.getMentorshipId()).orElseThrow();
        access.visible(mentorship.getExpertId());
        if (checkIn.getLoggedById() != access.me().id()) {
            throw new AccessDeniedException("Only who logged a check-in edits it");
        }
        checkIn.requireVersion(expectedVersion);
        write(checkIn, mentorship, entry);
        return checkIn;
    }

    /**
     * The notes of every check-in of the expert, by check-in id, for the expert, their own mentor or buddy and the
     * coordinator; refused for everyone else. Each read is recorded.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public Map<Long, String> notesOf(long expertId) {
        access.readSensitive(expertId, NOTES);
        return checkIns.findNotesFor(expertId).stream()
                .collect(Collectors.toMap(CheckInRepository.Notes::getId, CheckInRepository.Notes::getNotes));
    }

    /** The signed-in person is the expert or the supporter of this mentorship (by their linked account). */
    private boolean party(Mentorship mentorship) {
        return access.myEntry()
                .map(p -> p.getId() == mentorship.getSupporterId() || p.getId() == mentorship.getExpertId())
                .orElse(false);
    }

    private void write(CheckIn checkIn, Mentorship mentorship, CheckInEntry entry) {
        DateWindow dates = DateWindow.fromYear(FIRST_YEAR, time.today());
        InvalidInput.require(entry.heldOn() != null && dates.contains(entry.heldOn()),
                "mentoring.checkins.error.date", dates.firstYear(), dates.lastYear());
        InvalidInput.require(!entry.heldOn().isAfter(time.today()), "mentoring.checkins.error.future");
        InvalidInput.require(mentorship.getStartedOn() == null || !entry.heldOn().isBefore(mentorship.getStartedOn()),
                "mentoring.checkins.error.before_start");
        InvalidInput.require(entry.form() != null, "mentoring.checkins.error.form");
        String topics = strip(entry.topics());
        String goal = strip(entry.goal());
        String actions = strip(entry.agreedActions());
        String notes = strip(entry.notes());
        InvalidInput.require(!topics.isEmpty() || !goal.isEmpty(), "mentoring.checkins.error.empty");
        InvalidInput.require(topics.length() <= CheckIn.TOPICS_MAX, "mentoring.checkins.error.long",
                CheckIn.TOPICS_MAX);
        InvalidInput.require(goal.length() <= CheckIn.GOAL_MAX, "mentoring.checkins.error.long", CheckIn.GOAL_MAX);
        InvalidInput.require(actions.length() <= CheckIn.ACTIONS_MAX, "mentoring.checkins.error.long",
                CheckIn.ACTIONS_MAX);
        InvalidInput.require(notes.length() <= CheckIn.NOTES_MAX, "mentoring.checkins.error.long", CheckIn.NOTES_MAX);
        checkIn.write(entry.heldOn(), entry.form(), topics, goal, actions, notes);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
