package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The visibility rule in JPQL and in Java say the same, case by case. */
@DatabaseTest
class StoryVisibilityTest {

    @Autowired
    StoryFixture fixture;
    @Autowired
    StoryRepository stories;
    @Autowired
    FeaturedPersonRepository featured;
    @Autowired
    PortalTime time;

    Instant now;
    LocalDate today;

    @BeforeEach
    void signedIn() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        now = time.now();
        today = time.today();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    boolean visibleInQuery(Story story, StoryChannel channel) {
        return stories.findVisible(now, today, channel == StoryChannel.INTRANET, channel == StoryChannel.DIGEST,
                channel == StoryChannel.FEED).stream().anyMatch(s -> s.getId().equals(story.getId()));
    }

    /** Asks both forms of the rule and requires them to agree. */
    boolean visible(Story story, StoryChannel channel) {
        Story current = fixture.reload(story);
        boolean inJava = StoryVisibility.visible(current, featured.findByStoryIdOrderByIdAsc(current.getId()), channel,
                now, today);
        assertThat(visibleInQuery(current, channel)).as("JPQL and Java agree on " + channel).isEqualTo(inJava);
        return inJava;
    }

    Story publishedWithConsent(boolean intranet, boolean digest, boolean feed) {
        Story story = fixture.draft(1, "Zichtbaar");
        FeaturedPerson person = fixture.featured(story, null, "Anna", FeaturedRelation.CLIENT);
        fixture.consent(person, intranet, digest, feed, null, now.minusSeconds(60));
        return fixture.published(story, now.minus(Duration.ofHours(1)), null);
    }

    @Test
    void a_published_story_shows_only_on_the_channels_everyone_consented_to() {
        Story story = publishedWithConsent(true, false, true);
        assertThat(visible(story, StoryChannel.INTRANET)).isTrue();
        assertThat(visible(story, StoryChannel.DIGEST)).isFalse();
        assertThat(visible(story, StoryChannel.FEED)).isTrue();

        FeaturedPerson second = fixture.featured(story, null, "Bram", FeaturedRelation.PARTNER);
        assertThat(visible(story, StoryChannel.INTRANET)).as("a second person has not consented yet").isFalse();
        fixture.consent(second, true, true, false, null, now);
        assertThat(visible(story, StoryChannel.INTRANET)).isTrue();
        assertThat(visible(story, StoryChannel.FEED)).as("the second person said no to the feed").isFalse();
    }

    @Test
    void withdrawal_an_expired_consent_and_an_edit_after_consent_each_take_the_story_off_at_once() {
        Story withdrawn = publishedWithConsent(true, true, true);
        fixture.withdraw(featured.findByStoryIdOrderByIdAsc(withdrawn.getId()).getFirst(), now, 1);
        assertThat(List.of(StoryChannel.values())).noneMatch(c -> visible(withdrawn, c));

        Story expiring = fixture.draft(1, "Verloopt");
        FeaturedPerson person = fixture.featured(expiring, null, "Cas", FeaturedRelation.CLIENT);
        fixture.consent(person, true, true, true, today.minusDays(1), now.minusSeconds(60));
        fixture.published(expiring, now.minus(Duration.ofHours(1)), null);
        assertThat(visible(expiring, StoryChannel.INTRANET)).isFalse();
        fixture.consent(person, true, true, true, today, now);
        assertThat(visible(expiring, StoryChannel.INTRANET)).as("the last day still counts").isTrue();

        Story edited = publishedWithConsent(true, true, true);
        fixture.edited(edited, "Een andere tekst dan waarvoor toestemming is gegeven.");
        assertThat(visible(edited, StoryChannel.INTRANET)).isFalse();
    }

    @Test
    void a_story_shows_only_inside_its_publication_window_and_only_when_published() {
        Story later = publishedWithConsent(true, true, true);
        fixture.published(later, now.plus(Duration.ofHours(1)), null);
        assertThat(visible(later, StoryChannel.INTRANET)).isFalse();

        Story ended = publishedWithConsent(true, true, true);
        fixture.published(ended, now.minus(Duration.ofDays(2)), now);
        assertThat(visible(ended, StoryChannel.INTRANET)).as("the end moment itself is outside").isFalse();

        Story draft = fixture.draft(1, "Concept");
        assertThat(visible(draft, StoryChannel.INTRANET)).isFalse();
    }
}
