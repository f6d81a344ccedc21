package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deployment requests (issue 15, item 6): a municipality's contact files requests for their own municipality, sees
 * them and withdraws an open one; the pool coordinator sees all of them and files on a municipality's behalf. A
 * request of another municipality is "not found" to a contact. A request names no resident: the form says so.
 */
@Service
@Transactional(readOnly = true)
public class DeploymentRequestService {

    /** Hours over a request's whole period: a few experts part-time for a few years; more is a slip. */
    public static final int EXPECTED_HOURS_MAX = 5000;

    /** No municipality has this id: what an unlinked contact's list is narrowed to. */
    private static final long NO_PARTNER = -1;

    /** Which requests the list shows; null is "all". A contact's list is their own municipality's whatever is asked. */
    public record Filter(RequestStatus status, Long partnerId) {
    }

    /** One deployment on a request page: the expert's name and the weeks recorded, the latest first. */
    public record DeploymentLine(Deployment deployment, String expertName, List<RealisedHours> weeks) {

        public BigDecimal totalHours() {
            return weeks.stream().map(RealisedHours::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public int totalResidents() {
            return weeks.stream().mapToInt(RealisedHours::getResidentsReached).sum();
        }
    }

    /** A request's page as the signed-in person may see it, with what they may do there. */
    public record RequestPage(DeploymentRequest request, String partnerName, List<DeploymentLine> deployments,
                              boolean coordinator, boolean mayWithdraw) {
    }

    private final DeploymentRequestRepository requests;
    private final DeploymentRepository deployments;
    private final RealisedHoursRepository hours;
    private final PoolExpertRepository experts;
    private final PoolPartnerRepository partners;
    private final RegisterDirectory register;
    private final PoolAccess access;
    private final PortalTime time;

    DeploymentRequestService(DeploymentRequestRepository requests, DeploymentRepository deployments,
                             RealisedHoursRepository hours, PoolExpertRepository experts,
                             PoolPartnerRepository partners, RegisterDirectory register, PoolAccess access,
                             PortalTime time) {
        this.requests = requests;
        this.deployments = deployments;
        this.hours = hours;
        this.experts = experts;
        this.partners = partners;
        this.register = register;
        this.access = access;
        this.time = time;
    }

    /** The municipalities the signed-in person files for and filters by: all for the coordinator, their own else. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public List<PoolPartner> partners() {
        return access.visiblePartners();
    }

    /** The days a request's period may have: from last year on, as far ahead as anything in the portal. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public DateWindow periodWindow() {
        LocalDate today = time.today();
        return DateWindow.fromYear(today.getYear() - 1, today);
    }

    /** Files a request: a contact for their own municipality, the coordinator for the municipality chosen. */
    @PreAuthorize(PoolAccess.MAY_USE)
    @Transactional
    public DeploymentRequest file(RequestForm form) {
        long partnerId;
        if (access.isCoordinator()) {
            require(form.partnerId() != null && partners.existsById(form.partnerId()),
                    "pool.requests.error.partner");
            partnerId = form.partnerId();
        } else {
            partnerId = access.myPartnerId().orElseThrow(() -> new InvalidInput("pool.requests.error.no_partner"));
            // naming another municipality is a probe, answered as anything else of theirs
            require(form.partnerId() == null || form.partnerId() == partnerId, "pool.error.notfound");
        }
        check(form);
        DeploymentRequest request = new DeploymentRequest(partnerId, access.me().id());
        request.describe(form.theme(), form.role(), form.place(), form.expectedHours(), form.startsOn(),
                form.endsOn(), form.description(), null);
        return requests.saveAndFlush(request);
    }

    /** One page of the requests the signed-in person may see, open ones first. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public List<RequestLine> list(Filter filter, int page, int pageSize) {
        return requests.lines(partnerOf(filter), filter.status(), RequestStatus.OPEN, PageRequest.of(page, pageSize));
    }

    @PreAuthorize(PoolAccess.MAY_USE)
    public long count(Filter filter) {
        return requests.countLines(partnerOf(filter), filter.status());
    }

    /**
     * The municipality a list is narrowed to: the coordinator's choice (null: all of them), a contact's own whatever
     * they ask, and for a contact not yet linked to one an id no municipality has, so they see nothing.
     */
    private Long partnerOf(Filter filter) {
        return access.isCoordinator() ? filter.partnerId() : access.myPartnerId().orElse(NO_PARTNER);
    }

    /** A request's page; "not found" when it does not exist or belongs to another municipality than the contact's. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public RequestPage page(long requestId) {
        DeploymentRequest request = visible(requestId);
        List<Deployment> deployed = deployments.findByRequestIdOrderByIdAsc(requestId);
        Map<Long, List<RealisedHours>> weeks = deployed.isEmpty() ? Map.of()
                : hours.findByDeploymentIdInOrderByWeekStartDesc(deployed.stream().map(Deployment::getId).toList())
                .stream().collect(Collectors.groupingBy(RealisedHours::getDeploymentId));
        Map<Long, Long> personOf = experts.findAllById(deployed.stream().map(Deployment::getExpertId).toList())
                .stream().collect(Collectors.toMap(PoolExpert::getId, PoolExpert::getPersonId));
        Map<Long, RegisterDirectory.Entry> people = register.byIds(personOf.values());
        List<DeploymentLine> lines = deployed.stream().map(d -> {
            RegisterDirectory.Entry person = people.get(personOf.get(d.getExpertId()));
            return new DeploymentLine(d, person == null ? "" : person.name(), weeks.getOrDefault(d.getId(),
                    List.of()));
        }).toList();
        String partnerName = partners.findById(request.getPartnerId()).map(PoolPartner::getName).orElse("");
        return new RequestPage(request, partnerName, lines, access.isCoordinator(),
                request.getStatus() == RequestStatus.OPEN);
    }

    /** The municipality no longer needs an open request: its contact, or the coordinator for them, withdraws it. */
    @PreAuthorize(PoolAccess.MAY_USE)
    @Transactional
    public DeploymentRequest withdraw(long requestId, long expectedVersion) {
        DeploymentRequest request = visible(requestId);
        request.requireVersion(expectedVersion);
        require(request.getStatus() == RequestStatus.OPEN, "pool.requests.error.not_open");
        request.moveTo(RequestStatus.WITHDRAWN);
        return requests.saveAndFlush(request);
    }

    private DeploymentRequest visible(long requestId) {
        DeploymentRequest request = requests.findById(requestId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        access.requireVisible(request.getPartnerId());
        return request;
    }

    private void check(RequestForm form) {
        require(form.theme() != null, "pool.requests.error.theme");
        require(form.role() != null, "pool.requests.error.role");
        require(!form.place().isEmpty() && form.place().length() <= DeploymentRequest.PLACE_MAX,
                "pool.requests.error.place", DeploymentRequest.PLACE_MAX);
        require(form.expectedHours() != null && form.expectedHours() >= 1
                && form.expectedHours() <= EXPECTED_HOURS_MAX, "pool.requests.error.hours", EXPECTED_HOURS_MAX);
        DateWindow window = periodWindow();
        require(window.contains(form.startsOn()) && window.contains(form.endsOn()), "pool.requests.error.period",
                window.firstYear(), window.lastYear());
        require(!form.endsOn().isBefore(form.startsOn()), "pool.requests.error.period_order");
        require(form.description().length() <= DeploymentRequest.DESCRIPTION_MAX, "pool.requests.error.description",
                DeploymentRequest.DESCRIPTION_MAX);
    }
}
