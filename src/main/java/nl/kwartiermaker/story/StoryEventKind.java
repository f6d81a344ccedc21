package nl.kwartiermaker.story;

import java.util.Locale;

/** A line in a story's history: every state change and consent decision, with who and when. */
public enum StoryEventKind {
    CREATED, SUBMITTED, SENT_BACK, SCHEDULED, PUBLISHED, UNPUBLISHED, EXPIRED, WITHDRAWN,
    CONSENT_GIVEN, CONSENT_RECORDED, CONSENT_WITHDRAWN, CONSENT_EXPIRED;

    public String labelKey() {
        return "story.event." + name().toLowerCase(Locale.ROOT);
    }
}
