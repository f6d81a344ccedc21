package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoryRepository extends JpaRepository<Story, Long> {

    Optional<Story> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Story> findByAuthorIdOrderByModifiedAtDesc(long authorId);

    List<Story> findByStatusOrderByModifiedAtAsc(StoryStatus status);

    /** The stories readable on one channel now, newest first (the library adds its filters to the same rule). */
    @Query("select s from Story s where " + StoryVisibility.RULE + " order by s.publishFrom desc, s.id desc")
    List<Story> findVisible(@Param("now") Instant now, @Param("today") LocalDate today,
                            @Param("intranet") boolean intranet, @Param("digest") boolean digest,
                            @Param("feed") boolean feed);

    /** The stories readable on one channel now that were published in [from, to), newest first (the digest). */
    @Query("select s from Story s where " + StoryVisibility.RULE
            + " and s.publishFrom >= :from and s.publishFrom < :to order by s.publishFrom desc, s.id desc")
    List<Story> findVisiblePublishedBetween(@Param("now") Instant now, @Param("today") LocalDate today,
                                            @Param("intranet") boolean intranet, @Param("digest") boolean digest,
                                            @Param("feed") boolean feed, @Param("from") Instant from,
                                            @Param("to") Instant to);

    /** A page of the stories readable on one channel now, newest first (the feed's newest 20). */
    @Query("select s from Story s where " + StoryVisibility.RULE + " order by s.publishFrom desc, s.id desc")
    List<Story> findVisiblePage(@Param("now") Instant now, @Param("today") LocalDate today,
                                @Param("intranet") boolean intranet, @Param("digest") boolean digest,
                                @Param("feed") boolean feed, org.springframework.data.domain.Pageable page);
}
