package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intervision (issue 13, item 6): groups of experts with a facilitator, a method and a schedule in words; their
 * sessions with a theme, invitations as calendar files, and attendance. The coordinator manages groups; the
 * facilitator plans sessions, sends the invitations and records who came; members see their group. Anyone else gets
 * "not found", as elsewhere in Begeleiding.
 */
@Service
@Transactional(readOnly = true)
public class IntervisionService {

    /** The earliest year a session may lie in: last year's sessions can still be recorded. */
    static final int YEARS_BACK = 1;

    /** A running group in the list: its size, who leads it and when it next meets. */
    public record GroupSummary(long id, String name, String facilitator, int members, LocalDateTime nextSession) {
        public boolean sizeIsOff() {
            return IntervisionGroup.sizeIsOff(members);
        }
    }

    /** Everything the group's page shows, and what the signed-in person may do there. */
    public record GroupPage(IntervisionGroup group, Optional<PersonChoice> facilitator, List<PersonChoice> members,
                            List<IntervisionSession> sessions, boolean mayManage, boolean mayPlan,
                            LocalDateTime now, DateWindow dates) {
        public boolean sizeIsOff() {
            return IntervisionGroup.sizeIsOff(members.size());
        }

        /** The session has begun, so who came can be recorded. */
        public boolean hasBegun(IntervisionSession session) {
            return !session.getStartsAt().isAfter(now);
        }
    }

    /** One group an expert belongs to, for their page: with its next session, if one is planned. */
    public record Membership(long groupId, String name, String facilitator, String schedule,
                             Optional<IntervisionSession> nextSession) {
    }

    private final IntervisionGroupRepository groups;
    private final IntervisionSessionRepository sessions;
    private final RegisterChoiceRepository register;
    private final MentoringAccess access;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    IntervisionService(IntervisionGroupRepository groups, IntervisionSessionRepository sessions,
                       RegisterChoiceRepository register, MentoringAccess access, PortalTime time,
                       ApplicationEventPublisher events) {
        this.groups = groups;
        this.sessions = sessions;
        this.register = register;
        this.access = access;
        this.time = time;
        this.events = events;
    }

    /**
     * The running groups: all of them for the coordinator, else those the signed-in person leads or belongs to.
     * Four statements, whatever the number of groups.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public List<GroupSummary> groups() {
        List<IntervisionGroup> shown;
        if (isCoordinator()) {
            shown = groups.findByEndedOnIsNullOrderByNameAscIdAsc();
        } else {
            shown = access.myEntry().map(me -> groups.findRunningWith(me.getId())).orElse(List.of());
        }
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(IntervisionGroup::getId).toList();
        Map<Long, Integer> sizes = groups.findSizes(ids).stream()
                .collect(Collectors.toMap(IntervisionGroupRepository.Size::getId,
                        IntervisionGroupRepository.Size::getMembers));
        Map<Long, IntervisionSession> next = nextSessions(ids);
        Map<Long, String> names = names(shown.stream().map(IntervisionGroup::getFacilitatorId).toList());
        return shown.stream().map(g -> new GroupSummary(g.getId(), g.getName(),
                nameOf(names, g.getFacilitatorId()), sizes.getOrDefault(g.getId(), 0),
                Optional.ofNullable(next.get(g.getId())).map(IntervisionSession::getStartsAt).orElse(null)))
                .toList();
    }

    /** A group's page; "not found" for whoever is not its coordinator, facilitator or member. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public GroupPage group(long groupId) {
        IntervisionGroup group = visibleGroup(groupId);
        Set<Long> people = withFacilitator(group.getMemberIds(), group.getFacilitatorId());
        Map<Long, PersonChoice> found = people.isEmpty() ? Map.of() : register.findChoicesById(people).stream()
                .collect(Collectors.toMap(PersonChoice::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<PersonChoice> members = found.values().stream().filter(p -> group.getMemberIds().contains(p.id()))
                .toList();
        Optional<PersonChoice> facilitator = Optional.ofNullable(group.getFacilitatorId()).map(found::get);
        return new GroupPage(group, facilitator, members,
                sessions.findByGroupIdOrderByStartsAtDescIdDesc(groupId), isCoordinator(), mayPlan(group), now(),
                sessionDates());
    }

    /** The running groups an expert belongs to, for their page; only for who may see the expert. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public List<Membership> memberships(long expertId) {
        access.visible(expertId);
        List<IntervisionGroup> mine = groups.findRunningWithMember(expertId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, IntervisionSession> next = nextSessions(mine.stream().map(IntervisionGroup::getId).toList());
        Map<Long, String> names = names(mine.stream().map(IntervisionGroup::getFacilitatorId).toList());
        return mine.stream().map(g -> new Membership(g.getId(), g.getName(),
                nameOf(names, g.getFacilitatorId()), g.getSchedule(),
                Optional.ofNullable(next.get(g.getId())))).toList();
    }

    /** Who can be picked as facilitator or member: everyone in the register who has not left. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public List<PersonChoice> choices() {
        access.requireCoordinator();
        return register.findChoices();
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public IntervisionGroup createGroup(IntervisionGroupForm form) {
        access.requireCoordinator();
        IntervisionGroup group = new IntervisionGroup(form.name().strip());
        apply(group, form);
        return groups.saveAndFlush(group);
    }

    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public IntervisionGroup updateGroup(long groupId, long expectedVersion, IntervisionGroupForm form) {
        IntervisionGroup group = managedGroup(groupId, expectedVersion);
        require(!group.isEnded(), "mentoring.intervision.error.ended");
        apply(group, form);
        return groups.saveAndFlush(group);
    }

    /** Ends a group: it leaves every list and its page can no longer be changed; sessions stay for the record. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    @Transactional
    public IntervisionGroup endGroup(long groupId, long expectedVersion) {
        IntervisionGroup group = managedGroup(groupId, expectedVersion);
        require(!group.isEnded(), "mentoring.intervision.error.ended");
        group.end(time.today());
        return groups.saveAndFlush(group);
    }

    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public IntervisionSession planSession(long groupId, IntervisionSessionForm form) {
        IntervisionGroup group = plannableGroup(groupId);
        checkSession(form, null);
        IntervisionSession session = new IntervisionSession(groupId, form.startsAt(), form.durationMinutes());
        session.apply(form.startsAt(), form.durationMinutes(), form.location().strip(), form.theme().strip());
        return sessions.saveAndFlush(session);
    }

    /** Changes a session; when its invitations went out already, the page offers to send them again. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public IntervisionSession updateSession(long sessionId, long expectedVersion, IntervisionSessionForm form) {
        IntervisionSession session = plannableSession(sessionId, expectedVersion);
        checkSession(form, session);
        session.apply(form.startsAt(), form.durationMinutes(), form.location().strip(), form.theme().strip());
        return sessions.saveAndFlush(session);
    }

    /**
     * Invites the members and the facilitator to a session that has not begun: a calendar file by mail to whoever
     * has an address, a message in the portal to whoever has an account. Sending again after a change replaces the
     * appointment in their calendars.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public IntervisionSession sendInvitations(long sessionId, long expectedVersion) {
        IntervisionSession session = plannableSession(sessionId, expectedVersion);
        require(session.getStartsAt().isAfter(now()), "mentoring.intervision.error.invite_past");
        IntervisionGroup group = groups.findById(session.getGroupId()).orElseThrow();
        Set<Long> people = withFacilitator(group.getMemberIds(), group.getFacilitatorId());
        List<Invitee> invitees = people.isEmpty() ? List.of() : register.findInvitees(people).stream()
                .filter(i -> i.userId() != null || (i.email() != null && !i.email().isBlank())).toList();
        require(!invitees.isEmpty(), "mentoring.intervision.error.nobody_to_invite");
        SignedInUser.Account me = access.me();
        events.publishEvent(new IntervisionInvitationsSent(group.getId(), session.getId(), session.getVersion(),
                group.getName(), session.getStartsAt(), session.getDurationMinutes(), session.getLocation(),
                session.getTheme(), new Invitee(me.id(), me.email(), me.displayName()), invitees));
        session.invitationsSent(time.now());
        return sessions.saveAndFlush(session);
    }

    /** Records who came to a session that has begun; only members of the group can have come. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public IntervisionSession recordAttendance(long sessionId, long expectedVersion, Set<Long> presentIds) {
        IntervisionSession session = plannableSession(sessionId, expectedVersion);
        require(!session.getStartsAt().isAfter(now()), "mentoring.intervision.error.attendance_early");
        IntervisionGroup group = groups.findById(session.getGroupId()).orElseThrow();
        require(group.getMemberIds().containsAll(presentIds), "mentoring.intervision.error.not_member");
        session.recordAttendance(presentIds, time.now());
        return sessions.saveAndFlush(session);
    }

    /** The dates a session may lie on, for the form's date picker. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public DateWindow sessionDates() {
        return DateWindow.fromYear(time.today().getYear() - YEARS_BACK, time.today());
    }

    private void apply(IntervisionGroup group, IntervisionGroupForm form) {
        String name = form.name().strip();
        require(!name.isEmpty() && name.length() <= IntervisionGroup.NAME_MAX, "mentoring.intervision.error.name",
                IntervisionGroup.NAME_MAX);
        require(form.method().strip().length() <= IntervisionGroup.METHOD_MAX, "mentoring.intervision.error.method",
                IntervisionGroup.METHOD_MAX);
        require(form.schedule().strip().length() <= IntervisionGroup.SCHEDULE_MAX,
                "mentoring.intervision.error.schedule", IntervisionGroup.SCHEDULE_MAX);
        Set<Long> people = withFacilitator(form.memberIds(), form.facilitatorId());
        Map<Long, PersonChoice> chosen = people.isEmpty() ? Map.of() : register.findChoicesById(people).stream()
                .collect(Collectors.toMap(PersonChoice::id, Function.identity()));
        require(form.facilitatorId() == null || chosen.containsKey(form.facilitatorId()),
                "mentoring.intervision.error.facilitator");
        require(form.memberIds().stream().allMatch(id -> chosen.containsKey(id) && chosen.get(id).expert()),
                "mentoring.intervision.error.members");
        require(form.facilitatorId() == null || !form.memberIds().contains(form.facilitatorId()),
                "mentoring.intervision.error.facilitator_member");
        group.apply(name, form.facilitatorId(), form.method().strip(), form.schedule().strip(), form.memberIds());
    }

    private void checkSession(IntervisionSessionForm form, IntervisionSession existing) {
        require(form.startsAt() != null, "mentoring.intervision.error.starts_missing");
        // a date saved before stays acceptable, as with a traject step's due date
        if (existing == null || !form.startsAt().toLocalDate().equals(existing.getStartsAt().toLocalDate())) {
            DateWindow dates = sessionDates();
            require(dates.contains(form.startsAt().toLocalDate()), "mentoring.intervision.error.date",
                    dates.firstYear(), dates.lastYear());
        }
        require(form.durationMinutes() >= IntervisionSession.MINUTES_MIN
                        && form.durationMinutes() <= IntervisionSession.MINUTES_MAX,
                "mentoring.intervision.error.duration", IntervisionSession.MINUTES_MIN,
                IntervisionSession.MINUTES_MAX);
        require(form.location().strip().length() <= IntervisionSession.LOCATION_MAX,
                "mentoring.intervision.error.location", IntervisionSession.LOCATION_MAX);
        require(form.theme().strip().length() <= IntervisionSession.THEME_MAX, "mentoring.intervision.error.theme",
                IntervisionSession.THEME_MAX);
    }

    private IntervisionGroup visibleGroup(long groupId) {
        IntervisionGroup group = groups.findById(groupId)
                .orElseThrow(() -> new InvalidInput("mentoring.intervision.error.notfound"));
        if (isCoordinator()) {
            return group;
        }
        long me = access.myEntry().map(RegisteredPerson::getId).orElse(-1L);
        if (Long.valueOf(me).equals(group.getFacilitatorId()) || group.getMemberIds().contains(me)) {
            return group;
        }
        throw new InvalidInput("mentoring.intervision.error.notfound");
    }

    private IntervisionGroup managedGroup(long groupId, long expectedVersion) {
        access.requireCoordinator();
        IntervisionGroup group = visibleGroup(groupId);
        group.requireVersion(expectedVersion);
        return group;
    }

    /** A running group whose sessions the signed-in person plans: its facilitator or the coordinator. */
    private IntervisionGroup plannableGroup(long groupId) {
        IntervisionGroup group = visibleGroup(groupId);
        if (!mayPlan(group)) {
            throw new AccessDeniedException("Only the facilitator or the coordinator plans sessions");
        }
        require(!group.isEnded(), "mentoring.intervision.error.ended");
        return group;
    }

    private IntervisionSession plannableSession(long sessionId, long expectedVersion) {
        IntervisionSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new InvalidInput("mentoring.intervision.error.notfound"));
        plannableGroup(session.getGroupId());
        session.requireVersion(expectedVersion);
        return session;
    }

    private boolean mayPlan(IntervisionGroup group) {
        return isCoordinator() || (group.getFacilitatorId() != null
                && access.myEntry().map(me -> me.getId().equals(group.getFacilitatorId())).orElse(false));
    }

    private boolean isCoordinator() {
        return access.me().roles().contains(Role.COORDINATOR);
    }

    /** Each group's first session that has not begun, in one query. */
    private Map<Long, IntervisionSession> nextSessions(Collection<Long> groupIds) {
        Map<Long, IntervisionSession> next = new HashMap<>();
        sessions.findByGroupIdInAndStartsAtAfterOrderByStartsAtAscIdAsc(groupIds, now())
                .forEach(s -> next.putIfAbsent(s.getGroupId(), s));
        return next;
    }

    private static Set<Long> withFacilitator(Set<Long> memberIds, Long facilitatorId) {
        Set<Long> people = new HashSet<>(memberIds);
        if (facilitatorId != null) {
            people.add(facilitatorId);
        }
        return people;
    }

    private Map<Long, String> names(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(id -> id != null).distinct().toList();
        return known.isEmpty() ? Map.of() : register.findChoicesById(known).stream()
                .collect(Collectors.toMap(PersonChoice::id, PersonChoice::name));
    }

    private static String nameOf(Map<Long, String> names, Long personId) {
        return personId == null ? "" : names.getOrDefault(personId, "");
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(time.now(), PortalTime.ZONE);
    }
}
