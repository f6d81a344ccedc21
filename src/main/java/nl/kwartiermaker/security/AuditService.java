package nl.kwartiermaker.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and searches the audit log. Writing is internal to this feature; reading is for Beheerders. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final Logger log = LoggerFactory.getLogger("audit");

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public record Filter(Collection<AuditAction> actions, String actor, Instant from, Instant until) {

        public static Filter everything() {
            return new Filter(EnumSet.allOf(AuditAction.class), "", Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        }
    }

    @PreAuthorize(Access.BEHEERDER)
    public List<AuditEvent> search(Filter filter, Pageable pageable) {
        Collection<AuditAction> actions = filter.actions().isEmpty() ? EnumSet.allOf(AuditAction.class)
                : EnumSet.copyOf(filter.actions());
        if (actions.contains(AuditAction.SENSITIVE_DATA_READ)) {
            actions.add(AuditAction.MENTORING_NOTES_READ);
        }
        String actor = filter.actor() == null ? "" : filter.actor().strip().toLowerCase(Locale.ROOT);
        return events.search(actions, actor, filter.from(), filter.until(), pageable);
    }

    /** Joins the caller's transaction, so a business change and its audit line commit or roll back together. */
    @Transactional(propagation = Propagation.REQUIRED)
    void record(String actor, AuditAction action, String object, AuditEvent.Result result, String clientAddress,
                String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, object, result, clientAddress, detail));
        log.info("{} {} {} {} {}", actor, action, object, result, detail == null ? "" : detail);
    }

    /** For sign-in outcomes, which must be kept even when the surrounding work fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSeparately(String actor, AuditAction action, String object, AuditEvent.Result result,
                          String clientAddress, String detail) {
        record(actor, action, object, result, clientAddress, detail);
    }
}
