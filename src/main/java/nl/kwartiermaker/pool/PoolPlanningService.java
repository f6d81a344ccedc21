package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's planning for a period: each municipality's share against the key, the year's budget, and the experts'
 * planned hours (a deployment's hours per week in each week it runs) beside their realised hours, per month or per
 * week of one month. A week belongs to the month (and the period) its Monday falls in, as realised hours are recorded
 * per week from its Monday. Realised hours count up to today; planned hours cover the whole period. A partner contact
 * sees their own municipality only: its share line, its part of the budget, and the hours experts work in it.
 * A fixed number of statements, however many municipalities, experts and weeks.
 */
@Service
public class PoolPlanningService {

    /**
     * What to show: the period, and optionally one municipality, one theme, one expert (a pool expert's id), and one
     * month of the period to show per week (null: per month).
     */
    public record Filter(PoolPeriod period, Long partnerId, ExperienceTheme theme, Long expertId, YearMonth month) {

        public static Filter of(PoolPeriod period) {
            return new Filter(period, null, null, null, null);
        }

        public boolean narrowed() {
            return partnerId != null || theme != null || expertId != null;
        }
    }

    /** A column of the hours: a month, or a week from its Monday ({@code week}). */
    public record Slot(LocalDate start, LocalDate end, boolean week) {

        boolean holds(LocalDate monday) {
            return !monday.isBefore(start) && !monday.isAfter(end);
        }
    }

    /** One expert's planned and realised hours, per slot in the order of {@link Planning#slots()}. */
    public record ExpertHours(long expertId, String name, List<BigDecimal> planned, List<BigDecimal> realised,
                              BigDecimal plannedTotal, BigDecimal realisedTotal) {
    }

    /** An expert to filter on; {@code name} is null when the register entry is gone. */
    public record ExpertOption(long expertId, String name) {
    }

    /**
     * Everything the planning view shows. {@code partners}: the municipalities the person may filter on (the shares'
     * lines); {@code experts}: the experts with hours in the period (before the expert filter); {@code rows}: the
     * experts shown, by name; {@code linked}: false for a partner contact whose account speaks for no municipality.
     */
    public record Planning(Filter filter, LocalDate until, FairShareService.Shares shares,
                           FairShareService.BudgetUse budget, List<Slot> slots, List<ExpertHours> rows,
                           List<ExpertOption> experts, BigDecimal plannedTotal, BigDecimal realisedTotal,
                           boolean coordinator, boolean linked) {
    }

    private final FairShareService fairShares;
    private final PoolAccess access;
    private final DeploymentRepository deployments;
    private final RealisedHoursRepository hours;
    private final RegisterDirectory directory;
    private final PortalTime time;

    PoolPlanningService(FairShareService fairShares, PoolAccess access, DeploymentRepository deployments,
                        RealisedHoursRepository hours, RegisterDirectory directory, PortalTime time) {
        this.fairShares = fairShares;
        this.access = access;
        this.deployments = deployments;
        this.hours = hours;
        this.directory = directory;
        this.time = time;
    }

    /** The planning as the signed-in person may see it; a municipality they may not see is "not found". */
    @PreAuthorize(PoolAccess.MAY_USE)
    @Transactional(readOnly = true)
    public Planning planning(Filter filter) {
        PoolPeriod period = filter.period();
        LocalDate today = time.today();
        LocalDate until = today.isBefore(period.lastDay()) ? today : period.lastDay();
        boolean coordinator = access.isCoordinator();
        Long scope = coordinator ? filter.partnerId() : access.myPartnerId().orElse(null);
        if (filter.partnerId() != null && !filter.partnerId().equals(scope)) {
            throw new InvalidInput("pool.error.notfound");
        }
        boolean linked = scope != null || coordinator;
        FairShareService.Shares shares = fairShares.shares(period, until);
        FairShareService.BudgetUse budget = fairShares.budget(period.year(), until);
        List<Slot> slots = slots(period, filter.month());
        if (!linked) {
            return new Planning(filter, until, shares, budget, slots, List.of(), List.of(), BigDecimal.ZERO,
                    BigDecimal.ZERO, false, false);
        }

        List<LocalDate> mondays = mondays(period);
        List<PlannedSpan> spans = deployments.plannedSpans(period.firstDay(), period.lastDay(), scope,
                filter.theme());
        List<ExpertWeekHours> realised = until.isBefore(period.firstDay()) ? List.of()
                : hours.sumPerExpertAndWeek(period.firstDay(), until, scope, filter.theme());
        Map<Long, Long> personOf = new HashMap<>();
        spans.forEach(s -> personOf.put(s.expertId(), s.personId()));
        realised.forEach(r -> personOf.put(r.expertId(), r.personId()));
        Map<Long, RegisterDirectory.Entry> people = directory.byIds(Set.copyOf(personOf.values()));
        Map<Long, String> names = personOf.entrySet().stream().filter(e -> people.containsKey(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> people.get(e.getValue()).name()));
        Comparator<Long> byName = Comparator.comparing((Long id) -> names.getOrDefault(id, "\uffff"))
                .thenComparing(Comparator.naturalOrder());

        List<ExpertOption> options = personOf.keySet().stream().sorted(byName)
                .map(id -> new ExpertOption(id, names.get(id))).toList();
        Map<Long, BigDecimal[]> planned = new LinkedHashMap<>();
        Map<Long, BigDecimal[]> worked = new LinkedHashMap<>();
        for (PlannedSpan span : spans) {
            if (filter.expertId() != null && span.expertId() != filter.expertId()) {
                continue;
            }
            BigDecimal[] cells = planned.computeIfAbsent(span.expertId(), id -> zeros(slots.size()));
            BigDecimal perWeek = BigDecimal.valueOf(span.hoursPerWeek());
            for (LocalDate monday : mondays) {
                int slot = slotOf(slots, monday);
                if (slot >= 0 && span.plansWeek(monday)) {
                    cells[slot] = cells[slot].add(perWeek);
                }
            }
        }
        for (ExpertWeekHours week : realised) {
            if (filter.expertId() != null && week.expertId() != filter.expertId()) {
                continue;
            }
            BigDecimal[] cells = worked.computeIfAbsent(week.expertId(), id -> zeros(slots.size()));
            int slot = slotOf(slots, week.weekStart());
            if (slot >= 0) {
                cells[slot] = cells[slot].add(week.hours());
            }
        }
        List<ExpertHours> rows = Stream.concat(planned.keySet().stream(), worked.keySet().stream()).distinct()
                .sorted(byName).map(id -> row(id, names.get(id), planned.get(id), worked.get(id), slots.size()))
                .toList();
        BigDecimal plannedTotal = rows.stream().map(ExpertHours::plannedTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal realisedTotal = rows.stream().map(ExpertHours::realisedTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new Planning(filter, until, shares, budget, slots, rows, options, plannedTotal, realisedTotal,
                coordinator, true);
    }

    /** The months of the period, or the weeks (by Monday) of {@code month} when it lies in the period. */
    static List<Slot> slots(PoolPeriod period, YearMonth month) {
        List<Slot> slots = new ArrayList<>();
        if (month != null && !month.atDay(1).isBefore(period.firstDay()) && !month.atEndOfMonth()
                .isAfter(period.lastDay())) {
            for (LocalDate monday : mondays(period)) {
                if (YearMonth.from(monday).equals(month)) {
                    slots.add(new Slot(monday, monday.plusDays(6), true));
                }
            }
            return slots;
        }
        for (YearMonth m = YearMonth.from(period.firstDay()); !m.atDay(1).isAfter(period.lastDay()); m = m.plusMonths(1)) {
            slots.add(new Slot(m.atDay(1), m.atEndOfMonth(), false));
        }
        return slots;
    }

    /** The Mondays in the period: the weeks that are the period's. */
    static List<LocalDate> mondays(PoolPeriod period) {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = period.firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(period.lastDay()); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return mondays;
    }

    private static int slotOf(List<Slot> slots, LocalDate monday) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).holds(monday)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] cells = new BigDecimal[size];
        Arrays.fill(cells, BigDecimal.ZERO);
        return cells;
    }

    private static ExpertHours row(long expertId, String name, BigDecimal[] planned, BigDecimal[] realised,
                                   int size) {
        List<BigDecimal> p = List.of(planned == null ? zeros(size) : planned);
        List<BigDecimal> r = List.of(realised == null ? zeros(size) : realised);
        return new ExpertHours(expertId, name, p, r, p.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                r.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
