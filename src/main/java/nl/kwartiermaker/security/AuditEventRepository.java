package nl.kwartiermaker.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /** One page as a plain list: the log shows no total, and counting a long log on every scroll is slow. */
    @Query("""
            select e from AuditEvent e
            where e.action in :actions
              and (:actor = '' or lower(e.actor) like concat('%', :actor, '%'))
              and e.occurredAt >= :from and e.occurredAt < :until
            """)
    List<AuditEvent> search(Collection<AuditAction> actions, String actor, Instant from, Instant until,
                            Pageable pageable);

    @Modifying
    @Query("delete from AuditEvent e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);

    @Modifying
    @Query("delete from AuditEvent e where e.action in :actions and e.occurredAt < :before")
    int deleteOlderThan(Collection<AuditAction> actions, Instant before);
}
