package nl.kwartiermaker.pool;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Optional;

/**
 * An expert's planned hours week by week (weeks start on Monday), summed over their deployments: a deployment plans
 * its hours per week in every week it touches. Pure, so the rule that no week goes past the available hours is one
 * place and a unit test.
 */
final class PlannedHours {

    private PlannedHours() {
    }

    /** The Monday of the week that holds {@code day}. */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The hours these deployments plan in the week starting {@code monday}. */
    static int inWeek(Collection<Deployment> deployments, LocalDate monday) {
        return deployments.stream().filter(d -> d.plansWeek(monday)).mapToInt(Deployment::getHoursPerWeek).sum();
    }

    /** The most hours these deployments plan in any week that touches the days from {@code from} to {@code until}. */
    static int peak(Collection<Deployment> deployments, LocalDate from, LocalDate until) {
        int peak = 0;
        for (LocalDate week = monday(from); !week.isAfter(until); week = week.plusWeeks(1)) {
            peak = Math.max(peak, inWeek(deployments, week));
        }
        return peak;
    }

    /**
     * The first week from {@code from} to {@code until} in which {@code extra} more hours would take the expert past
     * {@code available}; empty when every week has room.
     */
    static Optional<LocalDate> firstFullWeek(Collection<Deployment> deployments, LocalDate from, LocalDate until,
                                             int extra, int available) {
        for (LocalDate week = monday(from); !week.isAfter(until); week = week.plusWeeks(1)) {
            if (inWeek(deployments, week) + extra > available) {
                return Optional.of(week);
            }
        }
        return Optional.empty();
    }
}
