package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One featured person's consent as the editor reviews it: per channel, for the story as it is now.
 * {@code givenForEarlierVersion}: they consented to a text or image that has changed since, so it covers nothing.
 */
public record ReviewConsent(long featuredPersonId, String name, FeaturedRelation relation, boolean hasAccount,
                            Map<StoryChannel, Boolean> channels, boolean givenForEarlierVersion, Instant withdrawnAt,
                            LocalDate expiresOn, boolean anonymise) {

    public boolean consents(StoryChannel channel) {
        return channels.getOrDefault(channel, false);
    }
}
