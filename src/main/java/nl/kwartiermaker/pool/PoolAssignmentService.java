package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator deploys the pool's experts on requests (issue 15, item 6): ranked suggestions with their reasons,
 * an assignment with hours per week over a period inside the request's (someone other than the first suggestion only
 * with a reason), and ending a deployment early, which keeps the hours it realised. No assignment ever makes an
 * expert's planned hours in a week exceed the hours they are available: the expert's row is locked while the weeks
 * are counted, so two coordinators assigning the same expert at once take turns (decision 0009).
 */
@Service
@Transactional(readOnly = true)
public class PoolAssignmentService {

    /** What the coordinator chooses: who, how many hours a week, from when to when, and why when not the first. */
    public record Assignment(long expertId, Integer hoursPerWeek, LocalDate startsOn, LocalDate endsOn,
                             String reason) {

        public Assignment {
            reason = reason == null ? "" : reason.strip();
        }
    }

    private final DeploymentRequestRepository requests;
    private final DeploymentRepository deployments;
    private final RealisedHoursRepository hours;
    private final PoolExpertRepository experts;
    private final PoolPartnerRepository partners;
    private final RegisterDirectory register;
    private final PortalTime time;

    PoolAssignmentService(DeploymentRequestRepository requests, DeploymentRepository deployments,
                          RealisedHoursRepository hours, PoolExpertRepository experts,
                          PoolPartnerRepository partners, RegisterDirectory register, PortalTime time) {
        this.requests = requests;
        this.deployments = deployments;
        this.hours = hours;
        this.experts = experts;
        this.partners = partners;
        this.register = register;
        this.time = time;
    }

    /**
     * The experts who could take the request for what is left of its period, best first, with the reasons; not those
     * deployed on it already. Empty when the request takes nobody any more (withdrawn, closed, or its period is over)
     * or nobody has an hour free.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public List<PoolSuggestion> suggestions(long requestId) {
        DeploymentRequest request = request(requestId);
        LocalDate from = remainingFrom(request);
        if (!takesExperts(request) || from.isAfter(request.getEndsOn())) {
            return List.of();
        }
        // someone already deployed on this request is no suggestion for it: the request asks for someone more
        Set<Long> onRequest = deployments.findByRequestIdOrderByIdAsc(requestId).stream().filter(d -> !d.isEnded())
                .map(Deployment::getExpertId).collect(Collectors.toSet());
        List<PoolExpert> active = experts.findByActiveTrue().stream().filter(e -> !onRequest.contains(e.getId()))
                .toList();
        Map<Long, RegisterDirectory.Entry> people = register.byIds(active.stream().map(PoolExpert::getPersonId)
                .toList());
        Map<Long, List<Deployment>> planned = deployments.overlapping(from, request.getEndsOn()).stream()
                .collect(Collectors.groupingBy(Deployment::getExpertId));
        List<PoolMatching.Candidate> candidates = active.stream().filter(e -> people.containsKey(e.getPersonId()))
                .map(e -> new PoolMatching.Candidate(e, people.get(e.getPersonId()),
                        PlannedHours.peak(planned.getOrDefault(e.getId(), List.of()), from, request.getEndsOn())))
                .toList();
        return PoolMatching.rank(request, partnerName(request), candidates);
    }

    /**
     * Deploys an expert on the request. Refused when a week of the period would go past the expert's available hours
     * (named by its week number), when the period lies outside the request's, and without a reason when the expert is
     * not the first suggestion. The request is then assigned.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Deployment assign(long requestId, Assignment assignment) {
        DeploymentRequest request = request(requestId);
        require(takesExperts(request), "pool.deploy.error.request_closed");
        Integer perWeek = assignment.hoursPerWeek();
        require(perWeek != null && perWeek >= 1 && perWeek <= PoolExpertService.HOURS_MAX,
                "pool.deploy.error.hours_per_week", PoolExpertService.HOURS_MAX);
        require(assignment.startsOn() != null && assignment.endsOn() != null
                && !assignment.endsOn().isBefore(assignment.startsOn())
                && !assignment.startsOn().isBefore(request.getStartsOn())
                && !assignment.endsOn().isAfter(request.getEndsOn()), "pool.deploy.error.period");
        require(assignment.reason().length() <= Deployment.REASON_MAX, "pool.deploy.error.reason_long",
                Deployment.REASON_MAX);
        // A second coordinator's assignment of this expert waits here until this one is committed, and then counts
        // its hours: every read below comes after the lock, and reads what is committed (on MariaDB a repeatable read
        // would keep showing the weeks as they were before the wait).
        PoolExpert expert = experts.lockById(assignment.expertId())
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        RegisterDirectory.Entry person = register.byIds(List.of(expert.getPersonId())).get(expert.getPersonId());
        require(expert.isActive() && person != null && !person.left(), "pool.deploy.error.inactive");
        List<PoolSuggestion> ranked = suggestions(requestId);
        boolean first = !ranked.isEmpty() && ranked.getFirst().expertId() == expert.getId();
        require(first || !assignment.reason().isEmpty(), "pool.deploy.error.reason");
        List<Deployment> planned = deployments.overlappingForExpert(expert.getId(), assignment.startsOn(),
                assignment.endsOn());
        PlannedHours.firstFullWeek(planned, assignment.startsOn(), assignment.endsOn(), perWeek,
                expert.getHoursAvailable()).ifPresent(week -> {
                    throw new InvalidInput("pool.deploy.error.full", person.name(),
                            week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), week.get(IsoFields.WEEK_BASED_YEAR),
                            Math.max(0, expert.getHoursAvailable() - PlannedHours.inWeek(planned, week)),
                            expert.getHoursAvailable());
                });
        Deployment deployment = deployments.saveAndFlush(new Deployment(request.getId(), request.getPartnerId(),
                expert.getId(), perWeek, assignment.startsOn(), assignment.endsOn(), first ? "" : assignment.reason()));
        if (request.getStatus() == RequestStatus.OPEN) {
            request.moveTo(RequestStatus.ASSIGNED);
            requests.saveAndFlush(request);
        }
        return deployment;
    }

    /**
     * Ends a deployment early: from the day after {@code lastDay} it plans no more hours; the weeks it realised stay.
     * It cannot end before a week it has hours in. When no other deployment on the request runs, the request is done
     * ({@code requestDone}: closed) or waits for another expert (open again).
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public Deployment end(long deploymentId, long expectedVersion, LocalDate lastDay, boolean requestDone) {
        Deployment deployment = deployments.findById(deploymentId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        deployment.requireVersion(expectedVersion);
        require(!deployment.isEnded(), "pool.deploy.error.ended");
        require(lastDay != null && !lastDay.isBefore(deployment.getStartsOn())
                && !lastDay.isAfter(deployment.getEndsOn()), "pool.deploy.error.end_day");
        hours.findByDeploymentIdOrderByWeekStartDesc(deploymentId).stream().findFirst()
                .filter(latest -> lastDay.isBefore(latest.getWeekStart()))
                .ifPresent(latest -> {
                    throw new InvalidInput("pool.deploy.error.end_before_hours",
                            latest.getWeekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                            latest.getWeekStart().get(IsoFields.WEEK_BASED_YEAR));
                });
        deployment.end(lastDay);
        Deployment saved = deployments.saveAndFlush(deployment);
        boolean othersRun = deployments.findByRequestIdOrderByIdAsc(deployment.getRequestId()).stream()
                .anyMatch(d -> !d.isEnded());
        DeploymentRequest request = request(deployment.getRequestId());
        if (!othersRun && request.getStatus() == RequestStatus.ASSIGNED) {
            request.moveTo(requestDone ? RequestStatus.CLOSED : RequestStatus.OPEN);
            requests.saveAndFlush(request);
        }
        return saved;
    }

    private DeploymentRequest request(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
    }

    private static boolean takesExperts(DeploymentRequest request) {
        return request.getStatus() == RequestStatus.OPEN || request.getStatus() == RequestStatus.ASSIGNED;
    }

    /** Suggestions look at what is left of the period: weeks gone by plan nothing new. */
    private LocalDate remainingFrom(DeploymentRequest request) {
        LocalDate monday = PlannedHours.monday(time.today());
        return request.getStartsOn().isAfter(monday) ? request.getStartsOn() : monday;
    }

    private String partnerName(DeploymentRequest request) {
        return partners.findById(request.getPartnerId()).map(PoolPartner::getName).orElse("");
    }
}
