package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartiermaker.PortalTest;
import nl.kwartiermaker.base.PortalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class DemoVerhalenTest {

    @Autowired
    StoryRepository stories;
    @Autowired
    PortalTime time;

    @Test
    void the_demo_library_shows_the_published_stories_on_their_channels_and_not_the_one_in_review_or_withdrawn() {
        var intranet = stories.findVisible(time.now(), time.today(), true, false, false).stream()
                .map(Story::getTitle).toList();
        assertThat(intranet).contains("Van wachtlijst naar een eerste gesprek", "\"Zij wist hoe het voelt\"",
                "Een regeling die klopt met de praktijk")
                .doesNotContain("Wat herstel betekent, verteld aan collega's", "Terug aan het werk na de opvang");
        var feed = stories.findVisible(time.now(), time.today(), false, false, true).stream()
                .map(Story::getTitle).toList();
        assertThat(feed).as("the resident did not consent to the feed").doesNotContain("\"Zij wist hoe het voelt\"")
                .contains("Van wachtlijst naar een eerste gesprek");
        assertThat(stories.findBySlug("van-wachtlijst-naar-een-eerste-gesprek")).get()
                .satisfies(s -> assertThat(s.getImageName()).as("a drawn picture").isNotNull())
                .extracting(Story::getImageAlt).asString().contains("keukentafel");
        assertThat(stories.findBySlug("wat-herstel-betekent-verteld-aan-collega-s")).get()
                .extracting(Story::getStatus).isEqualTo(StoryStatus.IN_REVIEW);
    }
}
