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

/**
 * One line of a story's history, never changed afterwards: what happened, when (UTC), by whom (an account id, shown as
 * a name; {@code null}: the portal itself, e.g. a scheduled publication) and an optional comment, such as the
 * editor's reason for sending it back.
 */
@Entity
@Table(name = "story_event")
public class StoryEvent {

    public static final int COMMENT_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private StoryEventKind kind;

    /** Whom a consent line is about; {@code null} for the story's own steps. */
    @Column(name = "featured_person_id")
    private Long featuredPersonId;

    @Column(name = "comment", nullable = false, length = COMMENT_MAX)
    private String comment = "";

    protected StoryEvent() {
    }

    StoryEvent(long storyId, Instant happenedAt, Long actorId, StoryEventKind kind, Long featuredPersonId,
               String comment) {
        this.storyId = storyId;
        this.happenedAt = happenedAt;
        this.actorId = actorId;
        this.kind = kind;
        this.featuredPersonId = featuredPersonId;
        this.comment = comment == null ? "" : comment;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public StoryEventKind getKind() {
        return kind;
    }

    public Long getFeaturedPersonId() {
        return featuredPersonId;
    }

    public String getComment() {
        return comment;
    }
}
