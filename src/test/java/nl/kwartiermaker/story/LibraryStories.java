package nl.kwartiermaker.story;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories as readers find them in the library, written straight to the database for the library's tests (also from
 * the ui package): one client featured who consented to the intranet only, published from a given moment.
 */
@Component
@Transactional
public class LibraryStories {

    private final StoryRepository stories;
    private final FeaturedPersonRepository featured;

    LibraryStories(StoryRepository stories, FeaturedPersonRepository featured) {
        this.stories = stories;
        this.featured = featured;
    }

    /** A readable story with a unique slug; {@code anonymous}: the person asked to leave their name out. */
    public Story readable(String title, String body, Set<ExperienceTheme> themes, Set<ExpertRole> roles,
                          Instant publishedFrom, String person, boolean anonymous) {
        Story story = new Story(1, "bieb-" + UUID.randomUUID().toString().substring(0, 8));
        story.write(new StoryContent(title, "Samenvatting: " + title, body, "Het verschil: iemand luisterde.",
                themes, roles, null));
        story.moveTo(StoryStatus.PUBLISHED);
        story.schedule(publishedFrom, null);
        story = stories.save(story);
        FeaturedPerson who = new FeaturedPerson(story.getId(), null, person, FeaturedRelation.CLIENT);
        who.consent(new ConsentChoice(true, false, false, anonymous, null, "Mijn verhaal", true),
                story.getContentFingerprint(), publishedFrom.minusSeconds(60));
        featured.save(who);
        return story;
    }

    /** Links the story to a traject, keeping everyone's consent (the fingerprint covers text and image only). */
    public Story linkedTo(Story story, long trajectId) {
        Story current = stories.findById(story.getId()).orElseThrow();
        current.write(new StoryContent(current.getTitle(), current.getSummary(), current.getBody(),
                current.getImpact(), current.getThemes(), current.getRoles(), trajectId));
        return stories.save(current);
    }
}
