package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.kwartiermaker.mentoring.ExperienceTheme;

/**
 * The figures of a half-yearly report (seed 003, parts a, b and e), for one municipality or for the region: read live
 * for a draft, and kept as issued (a JSON snapshot) once the report is finalised. Counts only: no resident and no
 * expert is named. Hours are per week of work, counted in the half-year their week starts in, as the planning does.
 *
 * @param partnerId null for the region
 * @param poolHours all hours the pool realised in the half-year, the whole that each share is a part of
 * @param partners  (a) each municipality's hours and realised share against the key, as the planning shows them
 * @param themes    (a) residents reached and hours per theme
 * @param months    hours per month, for the chart
 */
public record PoolReportContent(Long partnerId, String scopeName, int year, int half, BigDecimal poolHours,
                                BigDecimal threshold, List<PartnerLine> partners, List<ThemeLine> themes,
                                List<MonthLine> months, List<DeploymentLine> deployments,
                                List<SubAssignmentLine> subAssignments, List<ActivityLine> activities,
                                List<ProgressLine> progress) {

    public PoolReportContent {
        partners = List.copyOf(partners);
        themes = List.copyOf(themes);
        months = List.copyOf(months);
        deployments = List.copyOf(deployments);
        subAssignments = List.copyOf(subAssignments);
        activities = List.copyOf(activities);
        progress = List.copyOf(progress);
    }

    /** A municipality's line of part a; {@code agreedReason} is set when a flagged deviation was agreed. */
    public record PartnerLine(long partnerId, String name, BigDecimal hours, BigDecimal keyPercentage,
                              BigDecimal realisedPercentage, BigDecimal deviation, boolean flagged,
                              String agreedReason, int residents) {
    }

    public record ThemeLine(ExperienceTheme theme, int residents, BigDecimal hours) {
    }

    public record MonthLine(YearMonth month, BigDecimal hours) {
    }

    /** A deployment that ran in the half-year, with the hours realised in it; the municipality it was for. */
    public record DeploymentLine(String partnerName, PoolRole role, ExperienceTheme theme, String place,
                                 LocalDate startsOn, LocalDate endsOn, BigDecimal hours) {
    }

    /** A sub-assignment that ran in the half-year; {@code partnerName} null for a regional one. */
    public record SubAssignmentLine(String title, String partnerName, SubAssignmentStatus status,
                                    LocalDate startsOn, LocalDate endsOn, int hours) {
    }

    public record ActivityLine(String title, Set<ExperienceTheme> themes, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A line of a sub-assignment's progress log written in the half-year (part e). */
    public record ProgressLine(String subAssignment, LocalDate writtenOn, String note) {
    }

    public PoolPeriod period() {
        return new PoolPeriod(year, half);
    }

    /** The hours of this report's scope: the municipality's, or the pool's for the region. */
    public BigDecimal scopeHours() {
        return partners.stream().map(PartnerLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int scopeResidents() {
        return themes.stream().mapToInt(ThemeLine::residents).sum();
    }
}
