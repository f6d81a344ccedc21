package nl.kwartiermaker.security;

import java.time.Instant;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audit lines older than {@code kwartiermaker.retention.audit-log} are deleted (docs/retention.md). */
@Component
class AuditLogRetention implements RetentionRule {

    private final AuditEventRepository events;

    AuditLogRetention(AuditEventRepository events) {
        this.events = events;
    }

    @Override
    public String dataType() {
        return "audit-log";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return events.deleteOlderThan(cutoff);
    }
}
