package nl.kwartiermaker.story;

import java.time.Instant;

/**
 * One line of a story's history as people read it: names, never addresses. {@code actorName} is empty for a step the
 * portal took by itself (a scheduled publication, an expiry); {@code personName} names whom a consent line is about.
 */
public record StoryHistoryLine(Instant at, StoryEventKind kind, String actorName, String personName, String comment) {

    public boolean byThePortal() {
        return actorName.isEmpty();
    }
}
