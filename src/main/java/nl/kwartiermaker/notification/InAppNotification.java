package nl.kwartiermaker.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An in-app message for one person, written in their language when it was created. */
@Entity
@Table(name = "notification")
public class InAppNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "message", nullable = false, length = 1000)
    private String message;

    @Column(name = "link", length = 300)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InAppNotification() {
    }

    InAppNotification(long userId, String title, String message, String link, Instant createdAt) {
        this.userId = userId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        this.link = link;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    long getUserId() {
        return userId;
    }

    Instant getReadAt() {
        return readAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void pseudonymise(nl.kwartiermaker.base.PersonRef person) {
        title = person.pseudonymise(title);
        message = person.pseudonymise(message);
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
