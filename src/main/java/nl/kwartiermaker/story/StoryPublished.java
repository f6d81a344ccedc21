package nl.kwartiermaker.story;

/**
 * A story went live: an editor approved it for now ({@code editorName}), or the moment an editor scheduled came
 * ({@code editorName} empty: the portal published it).
 */
public record StoryPublished(long storyId, String title, String slug, long authorId, String editorName) {
}
