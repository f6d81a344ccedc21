package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The one rule for whether a story may be read on a channel: published, inside its publication window, and every
 * featured person's consent covers this channel, this version of the text and image, and today. Withdrawal, an
 * expired consent or an edit after consent take it off every channel at once, without waiting for the scheduler
 * (which only records in the history what this rule already does). Said twice, once in JPQL for the queries that list
 * stories and once in Java for a single story; {@code StoryVisibilityTest} holds the two together.
 */
final class StoryVisibility {

    /**
     * JPQL condition on a story aliased {@code s}. The query binds {@code :now} (Instant), {@code :today} (LocalDate)
     * and {@code :intranet}, {@code :digest}, {@code :feed} (exactly one of them true).
     */
    static final String RULE = "s.status = nl.kwartiermaker.story.StoryStatus.PUBLISHED"
            + " and s.publishFrom <= :now and (s.publishUntil is null or s.publishUntil > :now)"
            + " and not exists (select p.id from FeaturedPerson p where p.storyId = s.id and ("
            + "p.consentGivenAt is null or p.withdrawnAt is not null or p.consentFingerprint is null"
            + " or p.consentFingerprint <> s.contentFingerprint"
            + " or (p.expiresOn is not null and p.expiresOn < :today)"
            + " or (:intranet = true and p.consentIntranet = false)"
            + " or (:digest = true and p.consentDigest = false)"
            + " or (:feed = true and p.consentFeed = false)))";

    private StoryVisibility() {
    }

    /** The same rule for one story and its featured people. */
    static boolean visible(Story story, List<FeaturedPerson> featured, StoryChannel channel, Instant now,
                           LocalDate today) {
        return story.getStatus() == StoryStatus.PUBLISHED && story.getPublishFrom() != null
                && !story.getPublishFrom().isAfter(now)
                && (story.getPublishUntil() == null || story.getPublishUntil().isAfter(now))
                && featured.stream().allMatch(p -> p.consents(channel, story.getContentFingerprint(), today));
    }
}
