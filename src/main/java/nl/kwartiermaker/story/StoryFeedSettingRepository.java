package nl.kwartiermaker.story;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoryFeedSettingRepository extends JpaRepository<StoryFeedSetting, Long> {
}
