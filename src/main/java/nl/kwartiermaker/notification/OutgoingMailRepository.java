package nl.kwartiermaker.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Pending mail that is due, and mail whose sender died mid-send (its claim has run out). */
    @Query("""
            select m.id from OutgoingMail m
            where m.status in (nl.kwartiermaker.notification.OutgoingMail.Status.PENDING,
                               nl.kwartiermaker.notification.OutgoingMail.Status.SENDING)
              and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id
            """)
    List<Long> findDue(Instant now, Limit limit);

    /**
     * Claims one mail for sending. Only one dispatcher (of possibly several app instances) gets 1 back; the others
     * get 0 and leave it alone, which is what keeps a mail from going out twice.
     */
    @Modifying(clearAutomatically = true)
    @Query("""
            update OutgoingMail m set m.status = nl.kwartiermaker.notification.OutgoingMail.Status.SENDING,
                   m.nextAttemptAt = :claimUntil, m.version = m.version + 1
            where m.id = :id
              and m.status in (nl.kwartiermaker.notification.OutgoingMail.Status.PENDING,
                               nl.kwartiermaker.notification.OutgoingMail.Status.SENDING)
              and m.nextAttemptAt <= :now
            """)
    int claim(Long id, Instant now, Instant claimUntil);

    long countByStatus(OutgoingMail.Status status);

    /**
     * One line of the Beheerder's outbox page per row in these statuses with this many attempts, without the body,
     * secret or calendar: the page shows what a mail is and how it fares, never what it says or links to.
     */
    @Query("""
            select new nl.kwartiermaker.notification.OutboxEntry(m.id, m.version, m.recipient, m.subject,
                   case when m.calendar is not null then true else false end,
                   case when m.body like '%{{secret}}%' then true else false end,
                   case when m.secret is null then false else true end,
                   m.status, m.attempts, m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt)
            from OutgoingMail m
            where m.status in :statuses and m.attempts between :fewest and :most
            """)
    List<OutboxEntry> findEntries(Collection<OutgoingMail.Status> statuses, int fewest, int most, Pageable pageable);

    /** Per status: how many rows, how many of them failed at least once, and when the oldest was queued. */
    @Query("""
            select m.status, count(m), sum(case when m.attempts > 0 then 1 else 0 end), min(m.createdAt)
            from OutgoingMail m group by m.status
            """)
    List<Object[]> countPerStatus();

    List<OutgoingMail> findByRecipientOrderById(String recipient);

    @Modifying
    @Query("delete from OutgoingMail m where m.status in :finished and m.createdAt < :before")
    int deleteFinishedBefore(Collection<OutgoingMail.Status> finished, Instant before);
}
