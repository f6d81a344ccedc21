package nl.kwartiermaker.story;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoryImageRepository extends JpaRepository<StoryImage, Long> {

    List<StoryImage> findByNameOrderByWidthAsc(String name);

    void deleteByName(String name);
}
