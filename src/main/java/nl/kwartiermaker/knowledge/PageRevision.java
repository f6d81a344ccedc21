package nl.kwartiermaker.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.Length;
import java.time.Instant;

/** A saved state of a page. Revisions are never changed; reverting writes a new one with the old text. */
@Entity
@Table(name = "knowledge_page_revision")
class PageRevision {

    public enum Kind { SHIPPED, CREATED, EDITED, REVERTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_id", nullable = false, updatable = false)
    private long pageId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "title", nullable = false, updatable = false, length = KnowledgePage.TITLE_MAX)
    private String title;

    @Column(name = "summary", nullable = false, updatable = false, length = KnowledgePage.SUMMARY_MAX)
    private String summary;

    @Lob
    @Column(name = "body", nullable = false, updatable = false, length = Length.LONG32)
    private String body;

    @Column(name = "sources", nullable = false, updatable = false, length = KnowledgePage.SOURCES_MAX)
    private String sources;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PageRevision() {
    }

    PageRevision(long pageId, int number, Kind kind, PageContent content, String createdBy, Instant createdAt) {
        this.pageId = pageId;
        this.number = number;
        this.kind = kind;
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.sources = content.joinedSources();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getPageId() {
        return pageId;
    }

    String getTitle() {
        return title;
    }

    int getNumber() {
        return number;
    }

    Kind getKind() {
        return kind;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    PageContent content() {
        return new PageContent(title, summary, body, PageContent.splitSources(sources));
    }
}
