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
import nl.kwartiermaker.base.AuditedEntity;
import nl.kwartiermaker.base.SearchText;
import org.hibernate.Length;

/**
 * The current text of a knowledge-base page. Shipped pages are copied in from {@code kennisbank/*.md} at start-up;
 * once a Beheerder edits one, later shipped versions no longer overwrite it (they are offered instead).
 */
@Entity
@Table(name = "knowledge_page")
class KnowledgePage extends AuditedEntity {

    static final int TITLE_MAX = PageContent.TITLE_MAX;
    static final int SUMMARY_MAX = PageContent.SUMMARY_MAX;
    static final int BODY_MAX = PageContent.BODY_MAX;
    static final int SOURCES_MAX = PageContent.SOURCES_MAX;

    enum Origin { SHIPPED, OWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 100)
    private String slug;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private PageCategory category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Lob
    @Column(name = "body", nullable = false, length = Length.LONG32)
    private String body;

    /** One source per line. */
    @Column(name = "sources", nullable = false, length = SOURCES_MAX)
    private String sources;

    @Lob
    @Column(name = "search_text", nullable = false, length = Length.LONG32)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    private Origin origin;

    @Column(name = "shipped_checksum", length = 64)
    private String shippedChecksum;

    @Column(name = "locally_edited", nullable = false)
    private boolean locallyEdited;

    protected KnowledgePage() {
    }

    static KnowledgePage shipped(ShippedPages.ShippedPage shipped) {
        KnowledgePage page = new KnowledgePage();
        page.slug = shipped.slug();
        page.origin = Origin.SHIPPED;
        page.applyShipped(shipped);
        return page;
    }

    static KnowledgePage own(String slug, PageContent content) {
        KnowledgePage page = new KnowledgePage();
        page.slug = slug;
        page.origin = Origin.OWN;
        page.category = PageCategory.EIGEN;
        page.sortOrder = 0;
        page.apply(content);
        return page;
    }

    void applyShipped(ShippedPages.ShippedPage shipped) {
        category = shipped.category();
        sortOrder = shipped.order();
        shippedChecksum = shipped.checksum();
        locallyEdited = false;
        apply(shipped.content());
    }

    void edit(PageContent content) {
        locallyEdited = origin == Origin.SHIPPED;
        apply(content);
    }

    private void apply(PageContent content) {
        title = content.title();
        summary = content.summary();
        body = content.body();
        sources = content.joinedSources();
        searchText = SearchText.fold(title + "\n" + summary + "\n" + body);
    }

    KnowledgePageRepository.Shown shown() {
        return new KnowledgePageRepository.Shown(slug, getVersion(), category, title, summary, body, sources, origin,
                locallyEdited, shippedChecksum, getModifiedBy(), getModifiedAt());
    }

    PageContent content() {
        return new PageContent(title, summary, body, PageContent.splitSources(sources));
    }

    @Override
    public Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    PageCategory getCategory() {
        return category;
    }

    int getSortOrder() {
        return sortOrder;
    }

    Origin getOrigin() {
        return origin;
    }

    String getShippedChecksum() {
        return shippedChecksum;
    }

    boolean isLocallyEdited() {
        return locallyEdited;
    }
}
