package nl.kwartiermaker.story;

import java.time.Instant;

/** An editor approved a story to be published from a later moment. */
public record StoryScheduled(long storyId, String title, long authorId, String editorName, Instant publishFrom) {
}
