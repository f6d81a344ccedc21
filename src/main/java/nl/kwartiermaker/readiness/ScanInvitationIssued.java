package nl.kwartiermaker.readiness;

import java.time.LocalDate;

/**
 * A personal invitation (or a reminder with a fresh link) is ready to be mailed. The link holds the token, which is
 * stored nowhere else than in the mail itself; the listener must queue the mail in the publishing transaction.
 */
public record ScanInvitationIssued(String email, String roundName, LocalDate closesOn, String link,
                                   boolean reminder) {
}
