package nl.kwartiermaker.story;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoryDigestRepository extends JpaRepository<StoryDigestSubscription, Long> {

    Optional<StoryDigestSubscription> findByUserId(long userId);

    /** Whoever has the digest and was not yet sent this period's. */
    @Query("select d from StoryDigestSubscription d where d.frequency = :frequency and not exists ("
            + "select x.id from StoryDigestSent x where x.userId = d.userId and x.period = :period) order by d.id")
    List<StoryDigestSubscription> findNotSent(@Param("frequency") DigestFrequency frequency,
                                              @Param("period") String period);

    @Query("select d from StoryDigestSubscription d where d.optOutHash = :hash or d.userId in ("
            + "select x.userId from StoryDigestSent x where x.optOutHash = :hash)")
    Optional<StoryDigestSubscription> findByOptOutHash(@Param("hash") String hash);
}
