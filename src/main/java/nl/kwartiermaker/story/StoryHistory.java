package nl.kwartiermaker.story;

import java.util.List;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.stereotype.Component;

/** Writes and reads a story's history; runs in the calling service's transaction. */
@Component
class StoryHistory {

    private final StoryEventRepository events;
    private final PortalTime time;

    StoryHistory(StoryEventRepository events, PortalTime time) {
        this.events = events;
        this.time = time;
    }

    /** A step by a person ({@code actorId}) or, with {@code null}, by the portal's scheduler. */
    StoryEvent record(long storyId, Long actorId, StoryEventKind kind, Long featuredPersonId, String comment) {
        return events.save(new StoryEvent(storyId, time.now(), actorId, kind, featuredPersonId, comment));
    }

    List<StoryEvent> of(long storyId) {
        return events.findByStoryIdOrderByHappenedAtAscIdAsc(storyId);
    }
}
