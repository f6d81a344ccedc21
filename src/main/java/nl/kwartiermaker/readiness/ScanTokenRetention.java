package nl.kwartiermaker.readiness;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of a round sealed more than {@code kwartiermaker.retention.scan-tokens} ago lose their token hash, group
 * link and address: a sealed round takes no answer, so they only served to say "this scan has closed", and the
 * addresses with their "answered" marks told who took part. The counts per group stay.
 */
@Component
class ScanTokenRetention implements RetentionRule {

    private final ScanInvitationRepository invitations;

    ScanTokenRetention(ScanInvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    public String dataType() {
        return "scan-tokens";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return invitations.forgetLinksOfRoundsClosedBefore(LocalDate.ofInstant(cutoff, PortalTime.ZONE));
    }
}
