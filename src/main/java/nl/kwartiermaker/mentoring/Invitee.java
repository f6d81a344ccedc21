package nl.kwartiermaker.mentoring;

/**
 * Someone a calendar invitation goes to: in-app when they have an account ({@code userId}), by mail with the calendar
 * file when there is an address — the register's, or their account's. A person in the register need not have either.
 */
public record Invitee(Long userId, String email, String name) {
}
