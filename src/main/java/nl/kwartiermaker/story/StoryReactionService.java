package nl.kwartiermaker.story;

import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Dit heeft me geholpen": one reaction per person per story, on a story that may be read. */
@Service
@Transactional
public class StoryReactionService {

    private final StoryRepository stories;
    private final FeaturedPersonRepository featured;
    private final StoryReactionRepository reactions;
    private final StoryAccess access;
    private final PortalTime time;

    StoryReactionService(StoryRepository stories, FeaturedPersonRepository featured,
                         StoryReactionRepository reactions, StoryAccess access, PortalTime time) {
        this.stories = stories;
        this.featured = featured;
        this.reactions = reactions;
        this.access = access;
        this.time = time;
    }

    /** The count after the reaction, and that this person reacted. */
    public record Reactions(long count, boolean mine) {
    }

    /**
     * Records that the story helped the signed-in person. A second time changes nothing; two at the same moment from
     * two browsers are stopped by the unique key on story and person.
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Reactions helped(long storyId) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.library.error.gone"));
        InvalidInput.require(StoryVisibility.visible(story, featured.findByStoryIdOrderByIdAsc(storyId),
                StoryChannel.INTRANET, time.now(), time.today()), "story.library.error.gone");
        long me = access.me().id();
        if (!reactions.existsByStoryIdAndUserId(storyId, me)) {
            reactions.save(new StoryReaction(storyId, me, time.now()));
        }
        return new Reactions(reactions.countByStoryId(storyId), true);
    }
}
