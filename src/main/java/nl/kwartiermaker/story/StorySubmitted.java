package nl.kwartiermaker.story;

/** The author offered a story for review; an editor (never the author) takes it from here. */
public record StorySubmitted(long storyId, String title, long authorId) {
}
