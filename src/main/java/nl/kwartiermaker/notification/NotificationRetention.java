package nl.kwartiermaker.notification;

import java.time.Instant;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications read more than {@code kwartiermaker.retention.notifications} ago are deleted. Unread ones stay
 * until they are read: nobody has seen them yet.
 */
@Component
class NotificationRetention implements RetentionRule {

    private final InAppNotificationRepository notifications;

    NotificationRetention(InAppNotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String dataType() {
        return "notifications";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return notifications.deleteReadBefore(cutoff);
    }
}
