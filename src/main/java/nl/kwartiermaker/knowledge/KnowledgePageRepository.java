package nl.kwartiermaker.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KnowledgePageRepository extends JpaRepository<KnowledgePage, Long> {

    Optional<KnowledgePage> findBySlug(String slug);

    /** A page as shown: every column but the search text, a folded copy of the whole body that showing never needs. */
    record Shown(String slug, long version, PageCategory category, String title, String summary, String body,
                 String sources, KnowledgePage.Origin origin, boolean locallyEdited, String shippedChecksum,
                 String modifiedBy, Instant modifiedAt) {
    }

    @Query("""
            select new nl.kwartiermaker.knowledge.KnowledgePageRepository$Shown(p.slug, p.version, p.category,
              p.title, p.summary, p.body, p.sources, p.origin, p.locallyEdited, p.shippedChecksum, p.modifiedBy,
              p.modifiedAt)
            from KnowledgePage p where p.slug = :slug
            """)
    Optional<Shown> findShownBySlug(String slug);

    boolean existsBySlug(String slug);

    /*
     * Lists select only the summary columns: loading whole pages would read every body and search text (large
     * LOBs) on each Overzicht and Kennisbank visit only to throw them away.
     */

    @Query("""
            select new nl.kwartiermaker.knowledge.KnowledgeService$Summary(p.slug, p.category, p.title, p.summary)
            from KnowledgePage p order by p.category, p.sortOrder, p.title
            """)
    List<KnowledgeService.Summary> findAllInOrder();

    @Query("""
            select new nl.kwartiermaker.knowledge.KnowledgeService$Summary(p.slug, p.category, p.title, p.summary)
            from KnowledgePage p
            where p.searchText like concat('%', :first, '%') and p.searchText like concat('%', :second, '%')
              and p.searchText like concat('%', :third, '%')
            order by case when lower(p.title) like concat('%', :first, '%') then 0 else 1 end, p.category, p.sortOrder
            """)
    List<KnowledgeService.Summary> search(String first, String second, String third);
}
