package nl.kwartiermaker.story;

/** How often someone gets the digest of newly published stories. */
public enum DigestFrequency {
    WEEKLY,
    MONTHLY
}
