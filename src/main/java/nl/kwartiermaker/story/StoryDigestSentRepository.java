package nl.kwartiermaker.story;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoryDigestSentRepository extends JpaRepository<StoryDigestSent, Long> {

    boolean existsByUserIdAndPeriod(long userId, String period);
}
