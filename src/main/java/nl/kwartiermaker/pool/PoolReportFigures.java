package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.springframework.stereotype.Component;

/**
 * Reads the figures of a half-yearly report from the pool as it is now: part a from {@link FairShareService}, so a
 * report shows exactly the hours and shares the planning shows for the same half-year, and the rest in a fixed number
 * of statements whatever the pool's size. Runs in the calling service's transaction, for the coordinator.
 */
@Component
class PoolReportFigures {

    private final FairShareService fairShare;
    private final ReportFiguresRepository figures;
    private final PoolPartnerRepository partners;

    PoolReportFigures(FairShareService fairShare, ReportFiguresRepository figures, PoolPartnerRepository partners) {
        this.fairShare = fairShare;
        this.figures = figures;
        this.partners = partners;
    }

    /** The figures for one municipality ({@code partnerId}) or the region (null), with its name as given. */
    PoolReportContent read(Long partnerId, String scopeName, PoolPeriod period) {
        LocalDate from = period.firstDay();
        LocalDate until = period.lastDay();
        LongPredicate inScope = id -> partnerId == null || partnerId == id;
        Map<Long, String> names = partners.findAllByOrderByNameAsc().stream()
                .collect(Collectors.toMap(PoolPartner::getId, PoolPartner::getName));

        List<PartnerThemeReach> reach = figures.reachPerPartnerAndTheme(from, until).stream()
                .filter(r -> inScope.test(r.partnerId())).toList();
        Map<Long, Integer> residentsPerPartner = reach.stream().collect(Collectors.groupingBy(
                PartnerThemeReach::partnerId, Collectors.summingInt(r -> (int) r.residents())));
        FairShareService.Shares shares = fairShare.shares(period, until);
        List<PoolReportContent.PartnerLine> lines = new ArrayList<>();
        for (FairShareService.PartnerShare share : shares.partners()) {
            if (inScope.test(share.partnerId())) {
                lines.add(new PoolReportContent.PartnerLine(share.partnerId(), share.partnerName(), share.hours(),
                        share.keyPercentage(), share.realisedPercentage(), share.deviation(), share.flagged(),
                        share.agreedReason(), residentsPerPartner.getOrDefault(share.partnerId(), 0)));
            }
        }

        Map<ExperienceTheme, int[]> residentsPerTheme = new EnumMap<>(ExperienceTheme.class);
        Map<ExperienceTheme, BigDecimal> hoursPerTheme = new EnumMap<>(ExperienceTheme.class);
        for (PartnerThemeReach r : reach) {
            residentsPerTheme.computeIfAbsent(r.theme(), t -> new int[1])[0] += (int) r.residents();
            hoursPerTheme.merge(r.theme(), r.hours(), BigDecimal::add);
        }
        List<PoolReportContent.ThemeLine> themes = hoursPerTheme.keySet().stream()
                .map(t -> new PoolReportContent.ThemeLine(t, residentsPerTheme.get(t)[0], hoursPerTheme.get(t)))
                .sorted(Comparator.comparing(PoolReportContent.ThemeLine::residents).reversed()).toList();

        Map<YearMonth, BigDecimal> perMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
            perMonth.put(month, BigDecimal.ZERO.setScale(1));
        }
        figures.hoursPerPartnerAndWeek(from, until).stream().filter(w -> inScope.test(w.partnerId()))
                .forEach(w -> perMonth.merge(YearMonth.from(w.weekStart()), w.hours(), BigDecimal::add));
        List<PoolReportContent.MonthLine> months = perMonth.entrySet().stream()
                .map(e -> new PoolReportContent.MonthLine(e.getKey(), e.getValue())).toList();

        return new PoolReportContent(partnerId, scopeName, period.year(), period.half(), shares.totalHours(),
                shares.threshold(), lines, themes, months, deployments(from, until, inScope, names),
                subAssignments(from, until, partnerId, names), activities(from, until),
                progress(from, until, partnerId));
    }

    private List<PoolReportContent.DeploymentLine> deployments(LocalDate from, LocalDate until, LongPredicate inScope,
                                                               Map<Long, String> names) {
        List<Deployment> running = figures.deploymentsOverlapping(from, until).stream()
                .filter(d -> inScope.test(d.getPartnerId())).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<Long, DeploymentRequest> requests = figures.requests(running.stream().map(Deployment::getRequestId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(DeploymentRequest::getId,
                Function.identity()));
        Map<Long, BigDecimal> hours = new HashMap<>();
        figures.hoursPerDeployment(from, until).forEach(h -> hours.put(h.deploymentId(), h.hours()));
        return running.stream().map(d -> {
            DeploymentRequest request = requests.get(d.getRequestId());
            return new PoolReportContent.DeploymentLine(names.getOrDefault(d.getPartnerId(), ""), request.getRole(),
                    request.getTheme(), request.getPlace(), d.getStartsOn(), d.getEndsOn(),
                    hours.getOrDefault(d.getId(), BigDecimal.ZERO.setScale(1)));
        }).sorted(Comparator.comparing(PoolReportContent.DeploymentLine::partnerName)).toList();
    }

    private List<PoolReportContent.SubAssignmentLine> subAssignments(LocalDate from, LocalDate until, Long partnerId,
                                                                     Map<Long, String> names) {
        return figures.subAssignmentsOverlapping(from, until).stream()
                .filter(s -> serves(s, partnerId))
                .map(s -> new PoolReportContent.SubAssignmentLine(
                s.getTitle(), s.isRegional() ? null : names.get(s.getPartnerId()), s.getStatus(), s.getStartsOn(),
                s.getEndsOn(), s.getHours())).toList();
    }

    private List<PoolReportContent.ActivityLine> activities(LocalDate from, LocalDate until) {
        return figures.activitiesOverlapping(from, until).stream().map(a -> new PoolReportContent.ActivityLine(
                a.getTitle(), a.getThemes(), a.getStartsOn(), a.getEndsOn())).toList();
    }

    private List<PoolReportContent.ProgressLine> progress(LocalDate from, LocalDate until, Long partnerId) {
        // progress written in the half-year counts, also on a sub-assignment that has ended since
        List<SubAssignmentProgress> written = figures.progressWritten(from, until);
        if (written.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles = figures.subAssignments(written.stream().map(SubAssignmentProgress::getSubAssignmentId)
                        .collect(Collectors.toSet())).stream()
                .filter(s -> serves(s, partnerId))
                .collect(Collectors.toMap(SubAssignment::getId, SubAssignment::getTitle));
        return written.stream().filter(p -> titles.containsKey(p.getSubAssignmentId()))
                .map(p -> new PoolReportContent.ProgressLine(titles.get(p.getSubAssignmentId()), p.getWrittenOn(),
                        p.getNote())).toList();
    }

    /** A municipality's report also shows the regional sub-assignments: they serve every municipality. */
    private static boolean serves(SubAssignment subAssignment, Long partnerId) {
        return partnerId == null || subAssignment.isRegional() || partnerId.equals(subAssignment.getPartnerId());
    }
}
