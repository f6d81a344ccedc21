package nl.kwartiermaker.story;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoryReactionRepository extends JpaRepository<StoryReaction, Long> {

    long countByStoryId(long storyId);

    boolean existsByStoryIdAndUserId(long storyId, long userId);
}
