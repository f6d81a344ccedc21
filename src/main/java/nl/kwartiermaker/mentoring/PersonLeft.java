package nl.kwartiermaker.mentoring;

/**
 * Someone left the organisation or the register: kept for the history, out of every list from now on. Parts that
 * run something for them (mentorships, groups) can end it.
 */
public record PersonLeft(long personId) {
}
