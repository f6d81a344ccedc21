package nl.kwartiermaker.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import static nl.kwartiermaker.base.InvalidInput.require;

/**
 * Reading the knowledge base is for everyone signed in; changing it is for Beheerders. Every change writes a
 * revision, so any earlier text can be brought back.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeService {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeService.class);
    private static final int MIN_SEARCH = 2;
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("nieuw", "bewerken", "bronnen");

    private final KnowledgePageRepository pages;
    private final PageRevisionRepository revisions;
    private final ShippedPages shipped;
    private final Clock clock;

    KnowledgeService(KnowledgePageRepository pages, PageRevisionRepository revisions, ShippedPages shipped,
                     Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.shipped = shipped;
        this.clock = clock;
    }

    /** A page as readers see it. {@code shippedUpdateAvailable} tells a Beheerder a newer shipped text exists. */
    public record Page(String slug, long version, PageCategory category, PageContent content, boolean shipped,
                       boolean locallyEdited, boolean shippedUpdateAvailable, String modifiedBy,
                       Instant modifiedAt) {
    }

    public record Summary(String slug, PageCategory category, String title, String summary) {
    }

    public record Revision(int number, PageRevision.Kind kind, String title, String createdBy, Instant createdAt) {
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<Summary> overview() {
        return pages.findAllInOrder();
    }

    /** Searches title, summary and text; accents and case do not matter. Fewer than two letters finds nothing. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<Summary> search(String query) {
        // every word counts, in any order and without its punctuation: "Wat wordt er van mij verwacht?" finds the
        // page that asks it. The three longest words go to the database; shorter ones ("er", "de") narrow little.
        List<String> words = Arrays.stream(SearchText.fold(query == null ? "" : query).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_SEARCH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(3).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return pages.search(words.getFirst(), words.get(Math.min(1, words.size() - 1)), words.getLast());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Optional<Page> page(String slug) {
        return pages.findShownBySlug(slug).map(this::view);
    }

    @PreAuthorize(Access.BEHEERDER)
    public List<Revision> history(String slug) {
        KnowledgePage page = existing(slug);
        return revisions.findByPageIdOrderByNumberDesc(page.getId()).stream()
                .map(r -> new Revision(r.getNumber(), r.getKind(), r.content().title(), r.getCreatedBy(),
                        r.getCreatedAt()))
                .toList();
    }

    @PreAuthorize(Access.BEHEERDER)
    public PageContent revisionContent(String slug, int number) {
        KnowledgePage page = existing(slug);
        return revisions.findByPageIdAndNumber(page.getId(), number).map(PageRevision::content)
                .orElseThrow(() -> new InvalidInput("knowledge.error.revision"));
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public Page create(PageContent content) {
        check(content);
        String base = SearchText.slug(content.title());
        if (RESERVED_SLUGS.contains(base)) {
            // these are the editor's and the sources page's own addresses (kennisbank/nieuw, kennisbank/bronnen, …)
            base = base + "-pagina";
        }
        String slug = base;
        for (int n = 2; pages.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        KnowledgePage page = pages.saveAndFlush(KnowledgePage.own(slug, content));
        revise(page, PageRevision.Kind.CREATED);
        return view(page);
    }

    /** Saves an edit made from version {@code expectedVersion}; if someone saved in between, nothing is written. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public Page update(String slug, long expectedVersion, PageContent content) {
        check(content);
        KnowledgePage page = editable(slug, expectedVersion);
        page.edit(content);
        pages.saveAndFlush(page);
        revise(page, PageRevision.Kind.EDITED);
        return view(page);
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public Page revert(String slug, long expectedVersion, int revisionNumber) {
        KnowledgePage page = editable(slug, expectedVersion);
        PageRevision old = revisions.findByPageIdAndNumber(page.getId(), revisionNumber)
                .orElseThrow(() -> new InvalidInput("knowledge.error.revision"));
        Optional<ShippedPages.ShippedPage> current = shipped.find(slug);
        if (old.getKind() == PageRevision.Kind.SHIPPED && current.isPresent()
                && current.get().content().equals(old.content())) {
            page.applyShipped(current.get());
        } else {
            page.edit(old.content());
        }
        pages.saveAndFlush(page);
        revise(page, PageRevision.Kind.REVERTED);
        return view(page);
    }

    /** Replaces a locally edited shipped page by the text shipped with this version of the portal. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public Page adoptShipped(String slug, long expectedVersion) {
        KnowledgePage page = editable(slug, expectedVersion);
        ShippedPages.ShippedPage latest = shipped.find(slug)
                .orElseThrow(() -> new InvalidInput("knowledge.error.notshipped"));
        page.applyShipped(latest);
        pages.saveAndFlush(page);
        revise(page, PageRevision.Kind.SHIPPED);
        return view(page);
    }

    /**
     * Brings the shipped pages into the database at start-up: new pages are added, changed ones updated unless a
     * Beheerder edited them. Runs as the system, so it is not role-checked.
     */
    @Transactional
    void synchroniseShippedPages() {
        for (ShippedPages.ShippedPage page : shipped.all()) {
            Optional<KnowledgePage> existing = pages.findBySlug(page.slug());
            if (existing.isEmpty()) {
                revise(pages.saveAndFlush(KnowledgePage.shipped(page)), PageRevision.Kind.SHIPPED);
                log.info("Knowledge page {} added", page.slug());
            } else if (!page.checksum().equals(existing.get().getShippedChecksum())
                    && !existing.get().isLocallyEdited() && existing.get().getOrigin() == KnowledgePage.Origin.SHIPPED) {
                existing.get().applyShipped(page);
                revise(pages.saveAndFlush(existing.get()), PageRevision.Kind.SHIPPED);
                log.info("Knowledge page {} updated to the shipped version", page.slug());
            }
        }
    }

    private void revise(KnowledgePage page, PageRevision.Kind kind) {
        int next = revisions.lastNumber(page.getId()) + 1;
        revisions.save(new PageRevision(page.getId(), next, kind, page.content(), actor(), clock.instant()));
    }

    private KnowledgePage existing(String slug) {
        return pages.findBySlug(slug).orElseThrow(() -> new InvalidInput("knowledge.error.notfound"));
    }

    private KnowledgePage editable(String slug, long expectedVersion) {
        KnowledgePage page = existing(slug);
        page.requireVersion(expectedVersion);
        return page;
    }

    private static void check(PageContent content) {
        require(!content.title().isEmpty(), "knowledge.error.title.required");
        require(content.title().length() <= KnowledgePage.TITLE_MAX, "knowledge.error.title", KnowledgePage.TITLE_MAX);
        require(content.summary().length() <= KnowledgePage.SUMMARY_MAX, "knowledge.error.summary",
                KnowledgePage.SUMMARY_MAX);
        require(!content.body().isEmpty(), "knowledge.error.body.required");
        require(content.body().length() <= KnowledgePage.BODY_MAX, "knowledge.error.body", KnowledgePage.BODY_MAX);
        require(content.joinedSources().length() <= KnowledgePage.SOURCES_MAX, "knowledge.error.sources",
                KnowledgePage.SOURCES_MAX);
    }

    private Page view(KnowledgePage page) {
        return view(page.shown());
    }

    private Page view(KnowledgePageRepository.Shown page) {
        boolean updateAvailable = page.locallyEdited() && shipped.find(page.slug())
                .map(s -> !s.checksum().equals(page.shippedChecksum())).orElse(false);
        return new Page(page.slug(), page.version(), page.category(), new PageContent(page.title(), page.summary(),
                page.body(), PageContent.splitSources(page.sources())), page.origin() == KnowledgePage.Origin.SHIPPED,
                page.locallyEdited(), updateAvailable, page.modifiedBy(), page.modifiedAt());
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "systeem" : authentication.getName();
    }
}
