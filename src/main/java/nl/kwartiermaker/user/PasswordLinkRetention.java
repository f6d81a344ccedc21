package nl.kwartiermaker.user;

import java.time.Instant;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password links that expired more than {@code kwartiermaker.retention.password-links} ago are deleted. The hourly
 * clean-up of {@link PasswordService} usually got there first; this makes the promise part of the retention table.
 */
@Component
class PasswordLinkRetention implements RetentionRule {

    private final PasswordLinkRepository links;

    PasswordLinkRetention(PasswordLinkRepository links) {
        this.links = links;
    }

    @Override
    public String dataType() {
        return "password-links";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return links.deleteExpired(cutoff);
    }
}
