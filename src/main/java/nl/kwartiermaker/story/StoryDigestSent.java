package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A digest queued for one person and period, written in the transaction that queues the mail: the unique key on
 * person and period is what makes the digest go exactly once, however often or wherever the job runs.
 */
@Entity
@Table(name = "story_digest_sent")
class StoryDigestSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    /** "2026-W48" or "2026-11". */
    @Column(name = "period", nullable = false, length = 10)
    private String period;

    @Column(name = "opt_out_hash", nullable = false, length = 64, unique = true)
    private String optOutHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected StoryDigestSent() {
    }

    StoryDigestSent(long userId, String period, String optOutHash, Instant sentAt) {
        this.userId = userId;
        this.period = period;
        this.optOutHash = optOutHash;
        this.sentAt = sentAt;
    }

    String getPeriod() {
        return period;
    }

    Instant getSentAt() {
        return sentAt;
    }

    long getUserId() {
        return userId;
    }
}
