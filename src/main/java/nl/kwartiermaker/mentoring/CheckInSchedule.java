package nl.kwartiermaker.mentoring;

import java.time.LocalDate;

/**
 * When the next check-in is due: the one rule the overview, "Mijn taken", the expert's page and the reminder mails
 * share. Only a running mentor arrangement has a rhythm to keep (seed 000 tip 7: the mentor meets at least once a
 * month; a buddy is someone to call when something is on your mind, not an appointment), so a buddy's check-ins are
 * logged but never due.
 */
public final class CheckInSchedule {

    /** "Mijn taken" shows a check-in from this many days before it is due. */
    public static final int SOON_DAYS = 7;

    private CheckInSchedule() {
    }

    /** Whether arrangements of this kind keep a rhythm of check-ins. */
    public static boolean keepsRhythm(SupportKind kind) {
        return kind == SupportKind.MENTOR;
    }

    /**
     * The day the next check-in is due: one rhythm after the later of the last check-in and the start, so a new
     * mentorship gets its first check-in one rhythm after it started. Null when there is neither.
     */
    public static LocalDate due(CheckInRhythm rhythm, LocalDate startedOn, LocalDate lastHeldOn) {
        LocalDate from = lastHeldOn == null || startedOn != null && startedOn.isAfter(lastHeldOn) ? startedOn
                : lastHeldOn;
        return from == null ? null : rhythm.next(from);
    }

    public static boolean overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }

    /** Due within {@link #SOON_DAYS} days, or overdue: time to plan it. */
    public static boolean dueSoon(LocalDate due, LocalDate today) {
        return !due.isAfter(today.plusDays(SOON_DAYS));
    }
}
