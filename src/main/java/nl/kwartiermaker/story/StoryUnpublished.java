package nl.kwartiermaker.story;

/** An editor took a scheduled or published story off publication, with a reason. */
public record StoryUnpublished(long storyId, String title, long authorId, String editorName, String reason) {
}
