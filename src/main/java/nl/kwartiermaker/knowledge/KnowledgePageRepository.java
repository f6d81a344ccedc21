package nl.kwartiermaker.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KnowledgePageRepository extends JpaRepository<KnowledgePage, Long> {

    Optional<KnowledgePage> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select p from KnowledgePage p order by p.category, p.sortOrder, p.title")
    List<KnowledgePage> findAllInOrder();

    @Query("""
            select p from KnowledgePage p
            where p.searchText like concat('%', :term, '%')
            order by case when lower(p.title) like concat('%', :term, '%') then 0 else 1 end, p.category, p.sortOrder
            """)
    List<KnowledgePage> search(String term);
}
