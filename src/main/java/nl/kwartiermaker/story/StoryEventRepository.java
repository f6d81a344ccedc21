package nl.kwartiermaker.story;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoryEventRepository extends JpaRepository<StoryEvent, Long> {

    List<StoryEvent> findByStoryIdOrderByHappenedAtAscIdAsc(long storyId);
}
