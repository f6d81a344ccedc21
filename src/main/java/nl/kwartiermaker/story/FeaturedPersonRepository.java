package nl.kwartiermaker.story;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FeaturedPersonRepository extends JpaRepository<FeaturedPerson, Long> {

    List<FeaturedPerson> findByStoryIdOrderByIdAsc(long storyId);

    List<FeaturedPerson> findByStoryIdIn(Collection<Long> storyIds);

    List<FeaturedPerson> findByUserIdOrderByIdDesc(long userId);

    /** A story whose featured person with this account has yet to consent to the text as it is now. */
    interface ConsentAsked {
        Long getId();

        String getTitle();
    }

    /**
     * The stories that wait for this person's consent, in one statement: featured, not withdrawn, and no consent that
     * covers the current text; a withdrawn or expired story asks nothing.
     */
    @Query("""
            select s.id as id, s.title as title from FeaturedPerson p, Story s
            where p.storyId = s.id and p.userId = :userId and p.withdrawnAt is null
              and (p.consentGivenAt is null or p.consentFingerprint is null
                   or p.consentFingerprint <> s.contentFingerprint)
              and s.status not in (nl.kwartiermaker.story.StoryStatus.WITHDRAWN,
                                   nl.kwartiermaker.story.StoryStatus.EXPIRED)
            order by s.id
            """)
    List<ConsentAsked> findConsentAskedOf(@Param("userId") long userId);
}
