package nl.kwartiermaker.story;

import java.util.Locale;

/** Where a published story may be read; each featured person consents per channel. */
public enum StoryChannel {
    /** The library and story pages of the portal. */
    INTRANET,
    /** The digest mail of new stories. */
    DIGEST,
    /** The Atom feed that other intranet pages show. */
    FEED;

    public String labelKey() {
        return "story.channel." + name().toLowerCase(Locale.ROOT);
    }
}
