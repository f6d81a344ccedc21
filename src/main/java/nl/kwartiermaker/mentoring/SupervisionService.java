package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision (issue 13, item 6): per expert, reflection with a supervisor from the register — who may be an expert by
 * experience too (seed 001) — in a rhythm, on content, the personal side or both. The coordinator arranges it, plans
 * the next session (a calendar invitation to expert and supervisor) and ends it; the expert and the supervisor read
 * it. The expert's mentor or buddy does not see it: it is between expert and supervisor.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    /** One arrangement as the expert's page shows it. */
    public record Arrangement(SupervisionArrangement arrangement, String supervisor) {
    }

    /**
     * An expert's supervision for their page: the running arrangements the signed-in person may read, and whether they
     * manage it (the coordinator). {@code shown} is false when the signed-in person may not read supervision at all.
     */
    public record ExpertSupervision(long expertId, boolean shown, boolean mayManage, List<Arrangement> arrangements,
                                    DateWindow dates) {
    }

    private final SupervisionArrangementRepository arrangements;
    private final RegisterChoiceRepository register;
    private final RegisteredPersonRepository people;
    private final MentoringAccess access;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    SupervisionService(SupervisionArrangementRepository arrangements, RegisterChoiceRepository register,
                       RegisteredPersonRepository people, MentoringAccess access, PortalTime time,
                       ApplicationEventPublisher events) {
        this.arrangements = arrangements;
        this.register = register;
        this.people = people;
        this.access = access;
        this.time = time;
        this.events = events;
    }

    /**
     * The expert's running supervision: all of it for the coordinator and the expert, a supervisor's own arrangement
     * for them, nothing for anyone else who may see the expert; "not found" for who may not see the expert at all.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public ExpertSupervision forExpert(long expertId) {
        RegisteredPerson expert = access.visible(expertId);
        boolean coordinator = access.me().roles().contains(Role.COORDINATOR);
        boolean self = expert.getUserId() != null && expert.getUserId() == access.me().id();
        List<SupervisionArrangement> running = arrangements.findByExpertIdAndEndedOnIsNullOrderByIdAsc(expertId);
        if (!coordinator && !self) {
            Long me = access.myEntry().map(RegisteredPerson::getId).orElse(null);
            running = running.stream().filter(a -> me != null && a.getSupervisorId() == me).toList();
            if (running.isEmpty()) {
                return new ExpertSupervision(expertId, false, false, List.of(), sessionDates());
            }
        }
        Set<Long> supervisors = running.stream().map(SupervisionArrangement::getSupervisorId)
                .collect(Collectors.toSet());
        Map<Long, String> names = supervisors.isEmpty() ? Map.of() : register.findChoicesById(supervisors).stream()
                .collect(Collectors.toMap(PersonChoice::id, PersonChoice::name));
        return new ExpertSupervision(expertId, true, coordinator, running.stream()
                .map(a -> new Arrangement(a, names.getOrDefault(a.getSupervisorId(), ""))).toList(),
                sessionDates());
    }

    /** Who can supervise: the people in the register marked as supervisor. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public List<PersonChoice> supervisors() {
        access.requireCoordinator();
        return register.findChoices().stream().filter(PersonChoice::supervisor).toList();
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public SupervisionArrangement arrange(long expertId, SupervisionForm form) {
        access.requireCoordinator();
        RegisteredPerson expert = access.visible(expertId);
        require(expert.isExpert() && expert.getLeftOn() == null, "mentoring.supervision.error.expert");
        checkSupervisor(expertId, form);
        require(!arrangements.existsByExpertIdAndSupervisorIdAndEndedOnIsNull(expertId, form.supervisorId()),
                "mentoring.supervision.error.exists");
        return arrangements.saveAndFlush(new SupervisionArrangement(expertId, form.supervisorId(), form.focus(),
                form.rhythm()));
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public SupervisionArrangement update(long arrangementId, long expectedVersion, SupervisionForm form) {
        SupervisionArrangement arrangement = managed(arrangementId, expectedVersion);
        checkSupervisor(arrangement.getExpertId(), form);
        require(form.supervisorId() == arrangement.getSupervisorId()
                        || !arrangements.existsByExpertIdAndSupervisorIdAndEndedOnIsNull(arrangement.getExpertId(),
                        form.supervisorId()), "mentoring.supervision.error.exists");
        arrangement.apply(form.supervisorId(), form.focus(), form.rhythm());
        return arrangements.saveAndFlush(arrangement);
    }

    /**
     * Plans the next session and invites expert and supervisor: a calendar file by mail to whoever has an address, a
     * message in the portal to whoever has an account. Moving a session that has not begun replaces it in calendars.
     */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public SupervisionArrangement planSession(long arrangementId, long expectedVersion,
                                              SupervisionSessionForm form) {
        SupervisionArrangement arrangement = managed(arrangementId, expectedVersion);
        LocalDateTime now = LocalDateTime.ofInstant(time.now(), PortalTime.ZONE);
        require(form.startsAt() != null && form.startsAt().isAfter(now), "mentoring.supervision.error.starts");
        DateWindow dates = sessionDates();
        require(dates.contains(form.startsAt().toLocalDate()), "mentoring.supervision.error.date",
                dates.firstYear(), dates.lastYear());
        require(form.minutes() >= IntervisionSession.MINUTES_MIN && form.minutes() <= IntervisionSession.MINUTES_MAX,
                "mentoring.supervision.error.duration", IntervisionSession.MINUTES_MIN,
                IntervisionSession.MINUTES_MAX);
        String location = form.location().strip();
        require(location.length() <= SupervisionArrangement.LOCATION_MAX, "mentoring.supervision.error.location",
                SupervisionArrangement.LOCATION_MAX);
        arrangement.planNextSession(form.startsAt(), form.minutes(), location, now);
        Set<Long> both = Set.of(arrangement.getExpertId(), arrangement.getSupervisorId());
        Map<Long, String> names = register.findChoicesById(both).stream()
                .collect(Collectors.toMap(PersonChoice::id, PersonChoice::name));
        List<Invitee> invitees = register.findInvitees(both);
        SignedInUser.Account me = access.me();
        events.publishEvent(new SupervisionSessionPlanned(arrangement.getId(), arrangement.getExpertId(),
                arrangement.getSessionNumber(), arrangement.getVersion(), form.startsAt(), form.minutes(), location,
                names.getOrDefault(arrangement.getExpertId(), ""),
                names.getOrDefault(arrangement.getSupervisorId(), ""), new Invitee(me.id(), me.email(), me.displayName()), invitees.stream()
                .filter(i -> i.userId() != null || (i.email() != null && !i.email().isBlank())).toList()));
        return arrangements.saveAndFlush(arrangement);
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public SupervisionArrangement end(long arrangementId, long expectedVersion) {
        SupervisionArrangement arrangement = managed(arrangementId, expectedVersion);
        arrangement.end(time.today());
        return arrangements.saveAndFlush(arrangement);
    }

    /** The dates a session may lie on: from today to the portal's usual ten years ahead. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public DateWindow sessionDates() {
        return DateWindow.fromYear(time.today().getYear(), time.today());
    }

    private void checkSupervisor(long expertId, SupervisionForm form) {
        require(form.focus() != null && form.rhythm() != null, "mentoring.supervision.error.missing");
        require(form.supervisorId() != expertId, "mentoring.supervision.error.self");
        require(people.findById(form.supervisorId()).filter(p -> p.isSupervisor() && p.getLeftOn() == null)
                .isPresent(), "mentoring.supervision.error.supervisor");
    }

    private SupervisionArrangement managed(long arrangementId, long expectedVersion) {
        access.requireCoordinator();
        SupervisionArrangement arrangement = arrangements.findById(arrangementId)
                .orElseThrow(() -> new InvalidInput("mentoring.supervision.error.notfound"));
        require(!arrangement.isEnded(), "mentoring.supervision.error.ended");
        arrangement.requireVersion(expectedVersion);
        return arrangement;
    }
}
