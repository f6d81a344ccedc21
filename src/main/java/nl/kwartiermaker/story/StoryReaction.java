package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "Dit heeft me geholpen": one per person per story (a unique key makes a double click harmless). */
@Entity
@Table(name = "story_reaction")
public class StoryReaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "reacted_at", nullable = false)
    private Instant reactedAt;

    protected StoryReaction() {
    }

    StoryReaction(long storyId, long userId, Instant reactedAt) {
        this.storyId = storyId;
        this.userId = userId;
        this.reactedAt = reactedAt;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getReactedAt() {
        return reactedAt;
    }
}
