package nl.kwartiermaker.story;

import java.util.Locale;

/** Who a featured person is in the story. Only an expert with an account confirms consent in the portal themselves. */
public enum FeaturedRelation {
    EXPERT, CLIENT, PARTNER, COLLEAGUE;

    public String labelKey() {
        return "story.relation." + name().toLowerCase(Locale.ROOT);
    }
}
