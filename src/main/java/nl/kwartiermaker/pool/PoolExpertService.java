package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's experts (issue 15, item 4): a profile on an entry of Begeleiding's register — which stays the one list of
 * people, with their names and themes — holding the tie with the region, training, core tasks and available hours. The
 * coordinator adds someone already in the register or registers a new expert there, changes a profile and sets it
 * (in)active. Planned hours never exceed the available hours, so lowering them below what is planned is refused.
 */
@Service
@Transactional(readOnly = true)
public class PoolExpertService {

    /** Hours a week: as the register's hours of work, at most a full working week. */
    public static final int HOURS_MAX = 40;

    /** One expert on the experts page: the profile, what the register says, and the hours planned this week. */
    public record ExpertLine(PoolExpert expert, String name, Set<ExperienceTheme> themes, boolean leftRegister,
                             int plannedThisWeek) {
    }

    private final PoolExpertRepository experts;
    private final DeploymentRepository deployments;
    private final RegisterDirectory register;
    private final PortalTime time;

    PoolExpertService(PoolExpertRepository experts, DeploymentRepository deployments, RegisterDirectory register,
                      PortalTime time) {
        this.experts = experts;
        this.deployments = deployments;
        this.register = register;
        this.time = time;
    }

    /** Every expert of the pool, active ones first, by name; with the hours planned in the current week. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public List<ExpertLine> experts() {
        List<PoolExpert> all = experts.findAll();
        Map<Long, RegisterDirectory.Entry> people = register.byIds(all.stream().map(PoolExpert::getPersonId).toList());
        LocalDate monday = PlannedHours.monday(time.today());
        Map<Long, Integer> planned = deployments.overlapping(monday, monday.plusDays(6)).stream()
                .collect(Collectors.groupingBy(Deployment::getExpertId,
                        Collectors.summingInt(Deployment::getHoursPerWeek)));
        // the register keeps everyone who was in it, so a profile always has its entry; one without is no one to show
        return all.stream().filter(e -> people.containsKey(e.getPersonId())).map(e -> {
            RegisterDirectory.Entry person = people.get(e.getPersonId());
            return new ExpertLine(e, person.name(), person.themes(), person.left(),
                    planned.getOrDefault(e.getId(), 0));
        }).sorted(Comparator.comparing((ExpertLine l) -> !l.expert().isActive()).thenComparing(ExpertLine::name))
                .toList();
    }

    /** The register's experts who have no profile in the pool yet, by name: whom the coordinator can add. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public List<RegisterDirectory.Entry> registerChoices() {
        Set<Long> inPool = experts.findAll().stream().map(PoolExpert::getPersonId).collect(Collectors.toSet());
        return register.experts().stream().filter(e -> !inPool.contains(e.id())).toList();
    }

    /** Adds an expert who is in the register already. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolExpert add(long personId, ExpertProfile profile) {
        check(profile);
        RegisterDirectory.Entry person = register.byIds(List.of(personId)).get(personId);
        require(person != null && person.expert() && !person.left(), "pool.experts.error.person");
        require(experts.findByPersonId(personId).isEmpty(), "pool.experts.error.duplicate", person.name());
        PoolExpert expert = new PoolExpert(personId);
        expert.describe(profile.residence(), profile.regionTie(), profile.training(), profile.coreTasks(),
                profile.hoursAvailable());
        return experts.saveAndFlush(expert);
    }

    /**
     * Registers a new expert in Begeleiding's register (its own checks) and adds them to the pool. The profile is
     * checked first, so a refused profile leaves no entry in the register behind.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolExpert addNew(String name, String email, Set<ExperienceTheme> themes, LocalDate startDate,
                             ExpertProfile profile) {
        check(profile);
        RegisterDirectory.Entry person = register.registerExpert(new RegisterDirectory.NewExpert(name, email, themes,
                startDate, profile.hoursAvailable()));
        return add(person.id(), profile);
    }

    /**
     * Changes an expert's profile and whether they take new deployments. The hours available may not drop below the
     * hours planned in a week from now on: the expert's row is locked, as an assignment locks it, so the two cannot
     * cross (read committed, so that the weeks counted after the wait include the other's assignment).
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PoolExpert update(long expertId, long expectedVersion, ExpertProfile profile, boolean active) {
        check(profile);
        PoolExpert expert = experts.lockById(expertId).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        expert.requireVersion(expectedVersion);
        LocalDate monday = PlannedHours.monday(time.today());
        List<Deployment> ahead = deployments.findByExpertIdOrderByStartsOnAsc(expertId).stream()
                .filter(d -> !d.getEndsOn().isBefore(monday)).toList();
        Optional<LocalDate> last = ahead.stream().map(Deployment::getEndsOn).max(Comparator.naturalOrder());
        if (last.isPresent()) {
            int planned = PlannedHours.peak(ahead, monday, last.get());
            require(profile.hoursAvailable() >= planned, "pool.experts.error.below_planned", planned);
        }
        expert.describe(profile.residence(), profile.regionTie(), profile.training(), profile.coreTasks(),
                profile.hoursAvailable());
        expert.setActive(active);
        return experts.saveAndFlush(expert);
    }

    private static void check(ExpertProfile profile) {
        require(!profile.residence().isEmpty() || !profile.regionTie().isEmpty(), "pool.experts.error.tie");
        require(profile.residence().length() <= PoolExpert.RESIDENCE_MAX, "pool.experts.error.residence",
                PoolExpert.RESIDENCE_MAX);
        require(profile.regionTie().length() <= PoolExpert.REGION_TIE_MAX, "pool.experts.error.region_tie",
                PoolExpert.REGION_TIE_MAX);
        require(profile.training() != null, "pool.experts.error.training");
        require(!profile.coreTasks().isEmpty(), "pool.experts.error.tasks");
        require(profile.hoursAvailable() != null && profile.hoursAvailable() >= 1
                && profile.hoursAvailable() <= HOURS_MAX, "pool.experts.error.hours", HOURS_MAX);
    }
}
