package nl.kwartiermaker.story;

import java.time.Instant;

/** A story in the editors' queue: waiting for review (since {@code lastChange}), or scheduled or published. */
public record ReviewQueueItem(long storyId, String title, StoryStatus status, String authorName, Instant lastChange,
                              Instant publishFrom, Instant publishUntil) {
}
