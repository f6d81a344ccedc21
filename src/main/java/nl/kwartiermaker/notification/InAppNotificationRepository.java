package nl.kwartiermaker.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InAppNotificationRepository extends JpaRepository<InAppNotification, Long> {

    /** One page as a plain list: the view shows the newest ones without a total, so no count over all of them. */
    List<InAppNotification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    Optional<InAppNotification> findByIdAndUserId(long id, long userId);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now, n.version = n.version + 1 where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant now);

    @Modifying
    @Query("delete from InAppNotification n where n.readAt < :before")
    int deleteReadBefore(Instant before);
}
