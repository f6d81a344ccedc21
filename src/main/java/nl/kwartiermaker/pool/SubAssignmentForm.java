package nl.kwartiermaker.pool;

import java.time.LocalDate;

/**
 * A sub-assignment (deelopdracht) as the coordinator writes it: for one municipality or for the region ({@code
 * partnerId} null), with its goals, way of monitoring, frequency and way of accounting (seed 003), period, hours and
 * status.
 */
public record SubAssignmentForm(Long partnerId, String title, String goals, String monitoring, String frequency,
                                String accounting, LocalDate startsOn, LocalDate endsOn, Integer hours,
                                SubAssignmentStatus status) {

    public SubAssignmentForm {
        title = title == null ? "" : title;
        goals = goals == null ? "" : goals;
        monitoring = monitoring == null ? "" : monitoring;
        frequency = frequency == null ? "" : frequency;
        accounting = accounting == null ? "" : accounting;
        status = status == null ? SubAssignmentStatus.PLANNED : status;
    }
}
