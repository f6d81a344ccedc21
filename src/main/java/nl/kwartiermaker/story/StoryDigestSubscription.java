package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone's choice to get the digest, and how often. Stopping deletes it. */
@Entity
@Table(name = "story_digest_subscription")
class StoryDigestSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 10)
    private DigestFrequency frequency;

    /** SHA-256 of the opt-out token in the latest digest; earlier mails' tokens are in {@link StoryDigestSent}. */
    @Column(name = "opt_out_hash", length = 64)
    private String optOutHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoryDigestSubscription() {
    }

    StoryDigestSubscription(long userId, DigestFrequency frequency, Instant createdAt) {
        this.userId = userId;
        this.frequency = frequency;
        this.createdAt = createdAt;
    }

    void change(DigestFrequency frequency) {
        this.frequency = frequency;
    }

    void latestOptOut(String hash) {
        this.optOutHash = hash;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    DigestFrequency getFrequency() {
        return frequency;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
