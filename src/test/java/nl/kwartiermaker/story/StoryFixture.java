package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories in any state, written straight to the database, for tests of every Verhalen part (also from the ui
 * package): the workflow's own rules are tested through its services, not through this.
 */
@Component
@Transactional
public class StoryFixture {

    private final StoryRepository stories;
    private final FeaturedPersonRepository featured;

    StoryFixture(StoryRepository stories, FeaturedPersonRepository featured) {
        this.stories = stories;
        this.featured = featured;
    }

    /** A draft with a unique title and slug, a summary, a body and one theme and role. */
    public Story draft(long authorId, String title) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Story story = new Story(authorId, "verhaal-" + run);
        story.write(new StoryContent(title + " " + run, "Samenvatting van " + title, "Het verhaal van **" + title
                + "**.", "Wat het verschil maakte.", Set.of(ExperienceTheme.VERSLAVING),
                Set.of(ExpertRole.ONDERSTEUNER), null));
        return stories.save(story);
    }

    public FeaturedPerson featured(Story story, Long userId, String name, FeaturedRelation relation) {
        return featured.save(new FeaturedPerson(story.getId(), userId, name, relation));
    }

    /** Consent for these channels on the story as it is now; no end date. */
    public FeaturedPerson consent(FeaturedPerson person, boolean intranet, boolean digest, boolean feed,
                                  LocalDate expiresOn, Instant at) {
        FeaturedPerson current = featured.findById(person.getId()).orElseThrow();
        Story story = stories.findById(current.getStoryId()).orElseThrow();
        current.consent(new ConsentChoice(intranet, digest, feed, false, expiresOn, "Mijn eigen verhaal", true),
                story.getContentFingerprint(), at);
        return featured.save(current);
    }

    public FeaturedPerson withdraw(FeaturedPerson person, Instant at, long byId) {
        FeaturedPerson current = featured.findById(person.getId()).orElseThrow();
        current.withdraw(at, byId);
        return featured.save(current);
    }

    /** Published from {@code from} until {@code until} ({@code null}: open-ended). */
    public Story published(Story story, Instant from, Instant until) {
        Story current = stories.findById(story.getId()).orElseThrow();
        current.moveTo(StoryStatus.PUBLISHED);
        current.schedule(from, until);
        return stories.save(current);
    }

    /** Changes the body, as an author's edit after consent would. */
    public Story edited(Story story, String body) {
        Story current = stories.findById(story.getId()).orElseThrow();
        current.write(new StoryContent(current.getTitle(), current.getSummary(), body, current.getImpact(),
                current.getThemes(), current.getRoles(), current.getTrajectId()));
        return stories.save(current);
    }

    /** Offered for review, as the author's submit would leave it (the review tests start here). */
    public Story inReview(Story story) {
        Story current = stories.findById(story.getId()).orElseThrow();
        current.moveTo(StoryStatus.IN_REVIEW);
        return stories.save(current);
    }

    public Story reload(Story story) {
        return stories.findById(story.getId()).orElseThrow();
    }

    /** The people featured in a story, in the order they were added. */
    public java.util.List<FeaturedPerson> featuredOf(Story story) {
        return featured.findByStoryIdOrderByIdAsc(story.getId());
    }
}
