package nl.kwartiermaker.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of check-ins held more than {@code kwartiermaker.retention.check-in-notes} ago are blanked. The check-in
 * itself stays: its date sets when the next one is due, and the history shows that support happened.
 */
@Component
class CheckInNotesRetention implements RetentionRule {

    private final CheckInRepository checkIns;

    CheckInNotesRetention(CheckInRepository checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String dataType() {
        return "check-in-notes";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return checkIns.blankNotesHeldBefore(LocalDate.ofInstant(cutoff, PortalTime.ZONE));
    }
}
