package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.user.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sub-assignments (deelopdrachten): seed 003 steers the pool not on KPIs but on sub-assignments per municipality or
 * for the region, each with goals, a way of monitoring, a frequency and a way of accounting, and a short progress
 * log whose lines stay as written. The coordinator writes them; a contact reads their own municipality's and the
 * regional ones, and another municipality's is "not found".
 */
@Service
@Transactional(readOnly = true)
public class SubAssignmentService {

    /** Which sub-assignments a list shows: one municipality's, the regional ones only, or all; and a status. */
    public record Filter(Long partnerId, boolean regionalOnly, SubAssignmentStatus status) {

        public static Filter all() {
            return new Filter(null, false, null);
        }
    }

    /** A sub-assignment in a list, with its municipality's name (null for a regional one). */
    public record Line(SubAssignment subAssignment, String partnerName) {
    }

    /** One progress line as written, with its author's name. */
    public record ProgressLine(SubAssignmentProgress line, String author) {
    }

    /** A sub-assignment's page: its log newest first, and whether the signed-in person writes (the coordinator). */
    public record Page(SubAssignment subAssignment, String partnerName, List<ProgressLine> progress,
                       boolean mayWrite, DateWindow dates) {
    }

    static final int HOURS_MAX = 100_000;

    private final PoolAccess access;
    private final PoolPartnerRepository partners;
    private final SubAssignmentRepository subAssignments;
    private final SubAssignmentProgressRepository progress;
    private final UserService users;
    private final PortalTime time;

    SubAssignmentService(PoolAccess access, PoolPartnerRepository partners, SubAssignmentRepository subAssignments,
                         SubAssignmentProgressRepository progress, UserService users, PortalTime time) {
        this.access = access;
        this.partners = partners;
        this.subAssignments = subAssignments;
        this.progress = progress;
        this.users = users;
        this.time = time;
    }

    /**
     * Part of the list the signed-in person may see that matches the filter, newest period first: the filter and
     * the part are applied in the database, in one statement with the municipalities' names.
     */
    @PreAuthorize(PoolAccess.MAY_USE)
    public List<Line> list(Filter filter, Pageable page) {
        boolean coordinator = access.isCoordinator();
        Long own = coordinator ? null : access.myPartnerId().orElse(null);
        return subAssignments.findShown(coordinator, own, filter.partnerId(), filter.regionalOnly(), filter.status(),
                page).stream().map(row -> new Line((SubAssignment) row[0], (String) row[1])).toList();
    }

    /** The municipalities the signed-in person may filter the list by: all for the coordinator, their own else. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public List<PoolPartner> municipalities() {
        return access.visiblePartners();
    }

    /** The dates a sub-assignment's period may lie between. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public DateWindow dates() {
        return PoolDates.window(time.today());
    }

    @PreAuthorize(PoolAccess.MAY_USE)
    public Page page(long subAssignmentId) {
        SubAssignment subAssignment = visible(subAssignmentId);
        List<SubAssignmentProgress> lines = progress.findBySubAssignmentIdOrderByWrittenOnDescIdDesc(subAssignmentId);
        Map<Long, String> authors = users.namesOf(lines.stream().map(SubAssignmentProgress::getAuthorId)
                .distinct().toList());
        String partnerName = subAssignment.isRegional() ? null
                : partners.findById(subAssignment.getPartnerId()).map(PoolPartner::getName).orElse("–");
        return new Page(subAssignment, partnerName, lines.stream().map(l -> new ProgressLine(l,
                authors.getOrDefault(l.getAuthorId(), "–"))).toList(), access.isCoordinator(),
                PoolDates.window(time.today()));
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public SubAssignment create(SubAssignmentForm form) {
        SubAssignment subAssignment = new SubAssignment(form.partnerId(), form.title().strip());
        apply(subAssignment, form);
        return subAssignments.saveAndFlush(subAssignment);
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public SubAssignment update(long subAssignmentId, long expectedVersion, SubAssignmentForm form) {
        SubAssignment subAssignment = subAssignments.findById(subAssignmentId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        subAssignment.requireVersion(expectedVersion);
        apply(subAssignment, form);
        return subAssignments.saveAndFlush(subAssignment);
    }

    /** Adds a line to the log, dated today and signed by the coordinator; lines are never changed afterwards. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public SubAssignmentProgress addProgress(long subAssignmentId, String note) {
        require(subAssignments.existsById(subAssignmentId), "pool.error.notfound");
        String text = note == null ? "" : note.strip();
        require(!text.isEmpty() && text.length() <= SubAssignmentProgress.NOTE_MAX, "pool.sub.error.progress",
                SubAssignmentProgress.NOTE_MAX);
        return progress.saveAndFlush(new SubAssignmentProgress(subAssignmentId, time.today(), text,
                access.me().id()));
    }

    private SubAssignment visible(long subAssignmentId) {
        SubAssignment subAssignment = subAssignments.findById(subAssignmentId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        if (!subAssignment.isRegional()) {
            access.requireVisible(subAssignment.getPartnerId());
        }
        return subAssignment;
    }

    private void apply(SubAssignment subAssignment, SubAssignmentForm form) {
        require(form.partnerId() == null || partners.existsById(form.partnerId()), "pool.error.notfound");
        String title = form.title().strip();
        require(!title.isEmpty() && title.length() <= SubAssignment.TITLE_MAX, "pool.sub.error.title",
                SubAssignment.TITLE_MAX);
        for (String text : List.of(form.goals(), form.monitoring(), form.frequency(), form.accounting())) {
            require(text.strip().length() <= SubAssignment.TEXT_MAX, "pool.sub.error.text", SubAssignment.TEXT_MAX);
        }
        require(!form.goals().isBlank(), "pool.sub.error.goals");
        DateWindow dates = PoolDates.window(time.today());
        require(dates.contains(form.startsOn()) && dates.contains(form.endsOn()), "pool.partners.error.date",
                dates.firstYear(), dates.lastYear());
        require(!form.endsOn().isBefore(form.startsOn()), "pool.sub.error.period");
        require(form.hours() != null && form.hours() >= 0 && form.hours() <= HOURS_MAX, "pool.sub.error.hours",
                HOURS_MAX);
        subAssignment.belongTo(form.partnerId());
        subAssignment.describe(title, form.goals(), form.monitoring(), form.frequency(), form.accounting(),
                form.startsOn(), form.endsOn(), form.hours());
        subAssignment.moveTo(form.status());
    }
}
