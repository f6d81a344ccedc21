package nl.kwartiermaker.story;

/**
 * A featured person's consent was withdrawn, by themselves or by a coordinator on their behalf; the story has left
 * every channel. The author hears of it.
 */
public record ConsentWithdrawn(long storyId, long featuredPersonId, String personName, String storyTitle,
                               long authorId, long withdrawnById, String reason) {
}
