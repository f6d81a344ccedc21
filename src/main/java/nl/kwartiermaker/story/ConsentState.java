package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where one featured person's consent stands for the story as it is now, per channel. {@code givenForEarlierVersion}:
 * they consented to a text or image that has changed since, so it covers nothing.
 */
public record ConsentState(long featuredPersonId, String name, FeaturedRelation relation, boolean hasAccount,
                           Map<StoryChannel, Boolean> channels, boolean givenForEarlierVersion, Instant withdrawnAt,
                           LocalDate expiresOn, boolean anonymise) {

    public boolean consents(StoryChannel channel) {
        return channels.getOrDefault(channel, false);
    }
}
