package nl.kwartiermaker.mentoring;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overviews of Begeleiding: the coordinator's (every active expert with mentor, buddy, check-ins, onboarding and
 * warnings; the supporters' load; intervision groups of the wrong size) and a person's own (the experts they support
 * or supervise, proposals waiting for their answer, their own page). Each is a fixed handful of projection queries
 * over the register's tables, whatever the number of experts; nothing sensitive is read.
 */
@Service
@Transactional(readOnly = true)
public class MentoringOverviewService {

    private static final Set<MentorshipStatus> CURRENT = EnumSet.of(MentorshipStatus.ACTIVE, MentorshipStatus.PROPOSED);

    private final EntityManager entityManager;
    private final MentoringAccess access;
    private final PortalTime time;

    MentoringOverviewService(EntityManager entityManager, MentoringAccess access, PortalTime time) {
        this.entityManager = entityManager;
        this.access = access;
        this.time = time;
    }

    /** A mentor or buddy of an expert: running, or proposed and waiting for an answer ("being arranged"). */
    public record Support(String name, boolean proposed) {
    }

    /**
     * One active expert on the coordinator's overview. {@code mentor} and {@code buddy} are null when nobody is
     * arranged; check-in dates null when there is no active mentor; onboarding counts zero without a plan.
     */
    public record ExpertRow(long id, String name, String team, Support mentor, Support buddy, LocalDate lastCheckIn,
                            LocalDate nextCheckInDue, int onboardingSettled, int onboardingTotal,
                            Set<ExpertWarning> warnings) {
    }

    /** A mentor or buddy with how many experts they support now, against their capacity. */
    public record SupporterLoad(long id, String name, boolean mentor, boolean buddy, int active, int capacity,
                                boolean available) {

        public boolean full() {
            return active >= capacity;
        }
    }

    /** A running intervision group whose size is off (fewer than four or more than eight members). */
    public record GroupWarning(long id, String name, int members) {
    }

    public record CoordinatorOverview(List<ExpertRow> experts, List<SupporterLoad> supporters,
                                      List<GroupWarning> groupsOff) {

        public long expertsWithWarnings() {
            return experts.stream().filter(e -> !e.warnings().isEmpty()).count();
        }

        /** The teams of the active experts, for the overview's filter. */
        public List<String> teams() {
            return experts.stream().map(ExpertRow::team).filter(t -> !t.isEmpty()).distinct().sorted().toList();
        }
    }

    /** An expert the signed-in person supports, is asked to support, or supervises. */
    public record Mentee(long personId, String name, String team, SupportKind kind, LocalDate since,
                         LocalDate nextCheckInDue, boolean overdue) {
    }

    /**
     * The signed-in person's own part: their page in the register (empty when they are not registered, or not as an
     * expert), the experts they support, the proposals waiting for their answer and the experts they supervise.
     */
    public record MyOverview(Optional<Long> ownPage, boolean registered, List<Mentee> supported,
                             List<Mentee> proposals, List<Mentee> supervised) {
    }

    /**
     * Every active expert with mentor, buddy, check-ins, onboarding progress and warnings, the supporters' load and the
     * intervision groups whose size is off: six statements, however many experts there are.
     */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public CoordinatorOverview coordinatorOverview() {
        access.requireCoordinator();
        LocalDate today = time.today();
        List<Object[]> experts = rows("select p.id, p.name, p.team from RegisteredPerson p"
                + " where p.expert = true and p.leftOn is null order by p.name, p.id", Map.of());
        Map<Long, List<Object[]>> supports = rows("select m.expertId, m.kind, m.status, m.startedOn, m.rhythm,"
                + " s.name, m.id from Mentorship m, RegisteredPerson s, RegisteredPerson e where s.id = m.supporterId"
                + " and e.id = m.expertId and e.expert = true and e.leftOn is null and m.status in :current"
                + " order by m.id", Map.of("current", CURRENT)).stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0]));
        Map<Long, LocalDate> lastCheckIns = lastCheckIns(rows("select c.mentorshipId, max(c.heldOn) from CheckIn c,"
                + " Mentorship m where m.id = c.mentorshipId and m.status = :active and m.kind = :mentor"
                + " group by c.mentorshipId", Map.of("active", MentorshipStatus.ACTIVE, "mentor", SupportKind.MENTOR)));
        Map<Long, Object[]> onboarding = rows("select t.personId, count(t), sum(case when t.status = :open then 0"
                + " else 1 end) from OnboardingTask t, RegisteredPerson p where p.id = t.personId and p.expert = true"
                + " and p.leftOn is null group by t.personId", Map.of("open", TaskStatus.OPEN)).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        Map<String, Long> perTeam = experts.stream().map(r -> teamKey((String) r[2])).filter(t -> !t.isEmpty())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));

        List<ExpertRow> rows = new ArrayList<>();
        for (Object[] expert : experts) {
            long id = (Long) expert[0];
            List<Object[]> own = supports.getOrDefault(id, List.of());
            Object[] mentorship = current(own, SupportKind.MENTOR);
            Object[] buddyship = current(own, SupportKind.BUDDY);
            LocalDate last = null;
            LocalDate due = null;
            if (mentorship != null && mentorship[2] == MentorshipStatus.ACTIVE) {
                last = lastCheckIns.get((Long) mentorship[6]);
                due = CheckInSchedule.due((CheckInRhythm) mentorship[4], (LocalDate) mentorship[3], last);
            }
            Set<ExpertWarning> warnings = EnumSet.noneOf(ExpertWarning.class);
            if (mentorship == null) {
                warnings.add(ExpertWarning.NO_MENTOR);
            }
            if (buddyship == null) {
                warnings.add(ExpertWarning.NO_BUDDY);
            }
            String team = (String) expert[2];
            if (perTeam.getOrDefault(teamKey(team), 0L) == 1) {
                warnings.add(ExpertWarning.ONLY_EXPERT_IN_TEAM);
            }
            if (due != null && CheckInSchedule.overdue(due, today)) {
                warnings.add(ExpertWarning.CHECK_IN_OVERDUE);
            }
            Object[] tasks = onboarding.get(id);
            rows.add(new ExpertRow(id, (String) expert[1], team, support(mentorship), support(buddyship), last, due,
                    tasks == null ? 0 : ((Number) tasks[2]).intValue(),
                    tasks == null ? 0 : ((Number) tasks[1]).intValue(), warnings));
        }

        List<SupporterLoad> supporters = rows("select p.id, p.name, p.offersMentoring, p.offersBuddy, p.capacity,"
                + " p.available, (select count(m) from Mentorship m where m.supporterId = p.id and m.status = :active)"
                + " from RegisteredPerson p where (p.offersMentoring = true or p.offersBuddy = true)"
                + " and p.leftOn is null order by p.name, p.id", Map.of("active", MentorshipStatus.ACTIVE)).stream()
                .map(r -> new SupporterLoad((Long) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[3],
                        ((Number) r[6]).intValue(), (Integer) r[4], (Boolean) r[5]))
                .toList();
        List<GroupWarning> groupsOff = rows("select g.id, g.name, size(g.memberIds) from IntervisionGroup g"
                + " where g.endedOn is null order by g.name, g.id", Map.of()).stream()
                .map(r -> new GroupWarning((Long) r[0], (String) r[1], ((Number) r[2]).intValue()))
                .filter(g -> IntervisionGroup.sizeIsOff(g.members()))
                .toList();
        return new CoordinatorOverview(rows, supporters, groupsOff);
    }

    /**
     * The signed-in person's own part of Begeleiding: at most four statements (their entry, the mentorships they are
     * in, those mentorships' last check-ins, the experts they supervise).
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    public MyOverview myOverview() {
        Optional<RegisteredPerson> mine = access.myEntry();
        if (mine.isEmpty()) {
            return new MyOverview(Optional.empty(), false, List.of(), List.of(), List.of());
        }
        long myId = mine.get().getId();
        List<Object[]> mentorships = rows("select m.expertId, e.name, e.team, m.kind, m.status, m.startedOn,"
                + " m.rhythm, m.id from Mentorship m, RegisteredPerson e where e.id = m.expertId and e.leftOn is null"
                + " and m.supporterId = :me and m.status in :current order by e.name, m.id",
                Map.of("me", myId, "current", CURRENT));
        List<Long> mentored = mentorships.stream()
                .filter(r -> r[3] == SupportKind.MENTOR && r[4] == MentorshipStatus.ACTIVE).map(r -> (Long) r[7])
                .toList();
        Map<Long, LocalDate> lastCheckIns = mentored.isEmpty() ? Map.of() : lastCheckIns(rows(
                "select c.mentorshipId, max(c.heldOn) from CheckIn c where c.mentorshipId in :ids"
                        + " group by c.mentorshipId", Map.of("ids", mentored)));
        LocalDate today = time.today();
        List<Mentee> supported = new ArrayList<>();
        List<Mentee> proposals = new ArrayList<>();
        for (Object[] r : mentorships) {
            SupportKind kind = (SupportKind) r[3];
            if (r[4] == MentorshipStatus.PROPOSED) {
                proposals.add(new Mentee((Long) r[0], (String) r[1], (String) r[2], kind, null, null, false));
                continue;
            }
            LocalDate due = CheckInSchedule.keepsRhythm(kind)
                    ? CheckInSchedule.due((CheckInRhythm) r[6], (LocalDate) r[5], lastCheckIns.get((Long) r[7])) : null;
            supported.add(new Mentee((Long) r[0], (String) r[1], (String) r[2], kind, (LocalDate) r[5], due,
                    due != null && CheckInSchedule.overdue(due, today)));
        }
        List<Mentee> supervised = rows("select e.id, e.name, e.team from SupervisionArrangement s, RegisteredPerson e"
                + " where e.id = s.expertId and e.leftOn is null and s.supervisorId = :me and s.endedOn is null"
                + " order by e.name, e.id", Map.of("me", myId)).stream()
                .map(r -> new Mentee((Long) r[0], (String) r[1], (String) r[2], null, null, null, false)).toList();
        return new MyOverview(mine.get().isExpert() ? Optional.of(myId) : Optional.empty(), true, supported,
                proposals, supervised);
    }

    private List<Object[]> rows(String jpql, Map<String, Object> parameters) {
        var query = entityManager.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Map<Long, LocalDate> lastCheckIns(List<Object[]> rows) {
        Map<Long, LocalDate> last = new HashMap<>();
        rows.forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        return last;
    }

    /** The running one of this kind, else the first proposed one. */
    private static Object[] current(List<Object[]> supports, SupportKind kind) {
        return supports.stream().filter(r -> r[1] == kind)
                .min(java.util.Comparator.comparing(r -> r[2] != MentorshipStatus.ACTIVE)).orElse(null);
    }

    private static Support support(Object[] mentorship) {
        return mentorship == null ? null : new Support((String) mentorship[5],
                mentorship[2] == MentorshipStatus.PROPOSED);
    }

    /** Teams are typed by hand: "Wijkteam Noord" and "wijkteam noord " are the same team. */
    private static String teamKey(String team) {
        return team == null ? "" : team.strip().toLowerCase(Locale.ROOT);
    }
}
