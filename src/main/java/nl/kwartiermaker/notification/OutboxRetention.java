package nl.kwartiermaker.notification;

import java.time.Instant;
import java.util.EnumSet;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail that was sent or given up and was queued more than {@code kwartiermaker.retention.outbox} ago is deleted: it
 * holds the recipient and the whole text. Mail still waiting to be sent stays, whatever its age.
 */
@Component
class OutboxRetention implements RetentionRule {

    private final OutgoingMailRepository mails;

    OutboxRetention(OutgoingMailRepository mails) {
        this.mails = mails;
    }

    @Override
    public String dataType() {
        return "outbox";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return mails.deleteFinishedBefore(EnumSet.of(OutgoingMail.Status.SENT, OutgoingMail.Status.FAILED), cutoff);
    }
}
