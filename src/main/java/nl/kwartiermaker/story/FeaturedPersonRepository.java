package nl.kwartiermaker.story;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeaturedPersonRepository extends JpaRepository<FeaturedPerson, Long> {

    List<FeaturedPerson> findByStoryIdOrderByIdAsc(long storyId);

    List<FeaturedPerson> findByStoryIdIn(Collection<Long> storyIds);

    List<FeaturedPerson> findByUserIdOrderByIdDesc(long userId);
}
