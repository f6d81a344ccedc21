package nl.kwartiermaker.story;

/**
 * A featured expert with an account is asked for consent: they were added to a story, or its text or image changed
 * after they consented, so their consent no longer covers it.
 */
public record ConsentRequested(long storyId, long featuredPersonId, long userId, String storyTitle,
                               long requestedById) {
}
