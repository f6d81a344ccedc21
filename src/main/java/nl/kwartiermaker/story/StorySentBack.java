package nl.kwartiermaker.story;

/** An editor sent a story back to its author as a draft, saying what to change. */
public record StorySentBack(long storyId, String title, long authorId, String editorName, String comment) {
}
