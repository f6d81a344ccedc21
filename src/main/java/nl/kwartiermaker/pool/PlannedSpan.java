package nl.kwartiermaker.pool;

import java.time.LocalDate;

/** A deployment as the planning reads it: whose (pool expert and register entry), how many hours a week, when. */
record PlannedSpan(long expertId, long personId, int hoursPerWeek, LocalDate startsOn, LocalDate endsOn) {

    boolean plansWeek(LocalDate monday) {
        return Deployment.plansWeek(startsOn, endsOn, monday);
    }
}
