package nl.kwartiermaker.roledescription;

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
 * A reviewer's remark on one section of a version in review, or an answer to one ({@code replyToId}). Its text is never
 * edited; the author marks a remark resolved once, so it carries no version.
 */
@Entity
@Table(name = "role_description_comment")
public class ReviewComment {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "role_description_id", nullable = false)
    private long descriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 30)
    private DescriptionSection section;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "reply_to_id")
    private Long replyToId;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by_id")
    private Long resolvedById;

    protected ReviewComment() {
    }

    ReviewComment(long descriptionId, DescriptionSection section, long authorId, String text, Instant writtenAt) {
        this.descriptionId = descriptionId;
        this.section = section;
        this.authorId = authorId;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    static ReviewComment answer(ReviewComment remark, long authorId, String text, Instant writtenAt) {
        ReviewComment answer = new ReviewComment(remark.descriptionId, remark.section, authorId, text, writtenAt);
        answer.replyToId = remark.id;
        return answer;
    }

    void resolve(long by, Instant at) {
        if (resolvedAt == null) {
            resolvedAt = at;
            resolvedById = by;
        }
    }

    public Long getId() {
        return id;
    }

    public long getDescriptionId() {
        return descriptionId;
    }

    public DescriptionSection getSection() {
        return section;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Long getReplyToId() {
        return replyToId;
    }

    public boolean isAnswer() {
        return replyToId != null;
    }

    /** A remark (not an answer) that nobody marked resolved yet. */
    public boolean isOpen() {
        return replyToId == null && resolvedAt == null;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getResolvedById() {
        return resolvedById;
    }
}
