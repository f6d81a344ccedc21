package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row that says who may read the Atom feed without a session: everyone, or whoever has the feed token. */
@Entity
@Table(name = "story_feed_setting")
class StoryFeedSetting {

    static final long THE_ONE = 1L;

    @Id
    private Long id;

    @Column(name = "public_feed", nullable = false)
    private boolean publicFeed;

    /** SHA-256 of the feed token; the token itself is shown once to the Beheerder who made it. */
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StoryFeedSetting() {
    }

    StoryFeedSetting(Instant changedAt) {
        this.id = THE_ONE;
        this.changedAt = changedAt;
    }

    void makePublic(boolean publicFeed, Instant at) {
        this.publicFeed = publicFeed;
        this.changedAt = at;
    }

    void newTokenHash(String tokenHash, Instant at) {
        this.tokenHash = tokenHash;
        this.changedAt = at;
    }

    boolean isPublicFeed() {
        return publicFeed;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
