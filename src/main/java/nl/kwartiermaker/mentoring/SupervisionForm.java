package nl.kwartiermaker.mentoring;

/** A supervision arrangement as the coordinator fills it in. */
public record SupervisionForm(long supervisorId, SupervisionFocus focus, CheckInRhythm rhythm) {
}
