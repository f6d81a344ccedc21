package nl.kwartiermaker.notification;

import nl.kwartiermaker.pool.PoolReportFinalised;
import nl.kwartiermaker.pool.PoolReportLinks;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partner contacts, in the portal and by mail, that a half-yearly report of the regional pool was finalised
 * and can be read: the municipality's own contacts, or every contact for the region's report. In the transaction of
 * the finalising, so the outbox sends each mail once.
 */
@Component
class PoolReportNotifications {

    private final NotificationService notifications;
    private final UserService users;

    PoolReportNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** Templates read {1} the half (1 or 2), {2} the year, {3} the municipality (not for the region), {4} the id. */
    @EventListener
    void on(PoolReportFinalised e) {
        String template = e.partnerName() == null ? "pool-report-region" : "pool-report";
        for (long userId : e.contactUserIds()) {
            users.findAccount(userId).filter(a -> a.active()).ifPresent(account -> notifications.send(
                    new NotificationService.Recipient(account.id(), account.email(), account.displayName(),
                            account.locale()), template, true, PoolReportLinks.report(e.reportId()), e.half(),
                    String.valueOf(e.year()), e.partnerName() == null ? "" : e.partnerName(),
                    String.valueOf(e.reportId())));
        }
    }
}
