package nl.kwartiermaker.story;

import java.util.List;

/**
 * A story opened for review: the story as readers will see it, where each featured person's consent stands, its
 * history with names, and what the editor may do now. {@code missingIntranetConsent} names the people whose consent
 * for the intranet does not cover this version: approval waits for them.
 */
public record StoryReview(Story story, String authorName, List<ReviewConsent> consents, List<StoryHistoryLine> history,
                          List<String> missingIntranetConsent, boolean ownStory) {

    public boolean mayApprove() {
        return !ownStory && story.getStatus() == StoryStatus.IN_REVIEW && missingIntranetConsent.isEmpty();
    }

    public boolean maySendBack() {
        return !ownStory && story.getStatus() == StoryStatus.IN_REVIEW;
    }

    public boolean mayUnpublish() {
        return story.getStatus() == StoryStatus.SCHEDULED || story.getStatus() == StoryStatus.PUBLISHED;
    }
}
