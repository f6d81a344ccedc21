package nl.kwartiermaker.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where e.action in :actions
              and (:actor = '' or lower(e.actor) like concat('%', :actor, '%'))
              and e.occurredAt >= :from and e.occurredAt < :until
            """)
    Page<AuditEvent> search(Collection<AuditAction> actions, String actor, Instant from, Instant until,
                            Pageable pageable);
}
