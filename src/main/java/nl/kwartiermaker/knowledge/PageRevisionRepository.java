package nl.kwartiermaker.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PageRevisionRepository extends JpaRepository<PageRevision, Long> {

    List<PageRevision> findByPageIdOrderByNumberDesc(long pageId);

    Optional<PageRevision> findByPageIdAndNumber(long pageId, int number);

    @Query("select coalesce(max(r.number), 0) from PageRevision r where r.pageId = :pageId")
    int lastNumber(long pageId);
}
