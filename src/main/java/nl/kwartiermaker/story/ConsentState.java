package nl.kwartiermaker.story;

import java.time.LocalDate;
import java.util.Locale;

/** Where one featured person's consent stands against the story as it is now, for the author and the person. */
public enum ConsentState {
    /** Nothing given yet: an expert with an account is asked in the portal, otherwise the author records a form. */
    MISSING,
    /** Given for this exact text and image. */
    GIVEN,
    /** Given for an earlier version: the text or image changed since, so it must be given again. */
    OUTDATED,
    /** Its end date has passed. */
    EXPIRED,
    WITHDRAWN;

    static ConsentState of(FeaturedPerson person, String storyFingerprint, LocalDate today) {
        if (person.getWithdrawnAt() != null) {
            return WITHDRAWN;
        }
        if (person.getConsentGivenAt() == null) {
            return MISSING;
        }
        if (!storyFingerprint.equals(person.getConsentFingerprint())) {
            return OUTDATED;
        }
        if (person.getExpiresOn() != null && person.getExpiresOn().isBefore(today)) {
            return EXPIRED;
        }
        return GIVEN;
    }

    public String labelKey() {
        return "story.consent.state." + name().toLowerCase(Locale.ROOT);
    }
}
