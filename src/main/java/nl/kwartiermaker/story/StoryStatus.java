package nl.kwartiermaker.story;

import java.util.Locale;

/**
 * Where a story is in the editorial workflow. {@code SCHEDULED}: approved by an editor, published from a later
 * moment; {@code EXPIRED}: its unpublish date or a featured person's consent ran out; {@code WITHDRAWN}: taken down on
 * someone's request or by an editor. Only {@code PUBLISHED} stories are read, and only on channels all featured people
 * consented to ({@link StoryVisibility}).
 */
public enum StoryStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, WITHDRAWN, EXPIRED;

    public String labelKey() {
        return "story.status." + name().toLowerCase(Locale.ROOT);
    }
}
