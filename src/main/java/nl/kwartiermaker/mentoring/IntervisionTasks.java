package nl.kwartiermaker.mentoring;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What intervision asks of a person ("Mijn taken"): the facilitator records who came to a session that took place;
 * the coordinator brings a group of fewer than four or more than eight members back to size (seed 001). Each task
 * links to the group's page, at the session or at the members.
 */
@Service
@Transactional(readOnly = true)
public class IntervisionTasks implements PersonalTasks {

    /** Anchors on a group's page. */
    public static final String MEMBERS_ANCHOR = "leden";
    public static final String SESSION_ANCHOR_PREFIX = "sessie-";
    /** Attendance is recorded within a week, while people still remember who was there. */
    static final int RECORD_WITHIN_DAYS = 7;

    private final IntervisionGroupRepository groups;
    private final IntervisionSessionRepository sessions;
    private final RegisteredPersonRepository people;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    IntervisionTasks(IntervisionGroupRepository groups, IntervisionSessionRepository sessions,
                     RegisteredPersonRepository people, SignedInUser signedInUser, PortalTime time) {
        this.groups = groups;
        this.sessions = sessions;
        this.people = people;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        SignedInUser.Account me = MentoringAccess.participant(signedInUser).orElse(null);
        if (me == null) {
            return List.of();
        }
        List<PersonalTask> tasks = new ArrayList<>();
        if (me.roles().contains(Role.COORDINATOR)) {
            groups.findRunningSizes().stream().filter(g -> IntervisionGroup.sizeIsOff(g.getMembers()))
                    .forEach(g -> tasks.add(new PersonalTask("mentoring.intervision.task.size",
                            List.of(g.getName(), g.getMembers()),
                            "begeleiding/intervisie/" + g.getId() + "#" + MEMBERS_ANCHOR, null, false)));
        }
        LocalDateTime now = LocalDateTime.ofInstant(time.now(), PortalTime.ZONE);
        people.findFirstByUserIdAndLeftOnIsNull(me.id()).ifPresent(mine -> {
            List<IntervisionSession> unrecorded = sessions.findUnrecorded(mine.getId(), now).stream()
                    .filter(s -> !s.getEndsAt().isAfter(now)).toList();
            if (unrecorded.isEmpty()) {
                return;
            }
            Map<Long, String> names = groups.findSizes(unrecorded.stream().map(IntervisionSession::getGroupId)
                    .distinct().toList()).stream().collect(Collectors.toMap(IntervisionGroupRepository.Size::getId,
                    IntervisionGroupRepository.Size::getName));
            unrecorded.forEach(s -> tasks.add(new PersonalTask("mentoring.intervision.task.attendance",
                    List.of(names.getOrDefault(s.getGroupId(), "")),
                    "begeleiding/intervisie/" + s.getGroupId() + "#" + SESSION_ANCHOR_PREFIX + s.getId(),
                    s.getStartsAt().toLocalDate().plusDays(RECORD_WITHIN_DAYS), false)));
        });
        return tasks;
    }
}
