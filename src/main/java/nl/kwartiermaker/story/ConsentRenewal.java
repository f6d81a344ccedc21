package nl.kwartiermaker.story;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * After a change to a story's text or image, asks again the experts whose consent covered the version before it: their
 * consent no longer covers the story. Only the change that breaks a consent asks, so saving a draft as you type sends
 * one request, not one per save. Runs in the calling service's transaction.
 */
@Component
class ConsentRenewal {

    private final FeaturedPersonRepository featured;
    private final ApplicationEventPublisher events;

    ConsentRenewal(FeaturedPersonRepository featured, ApplicationEventPublisher events) {
        this.featured = featured;
        this.events = events;
    }

    void afterChange(Story story, String fingerprintBefore, long actorId) {
        if (fingerprintBefore.equals(story.getContentFingerprint())) {
            return;
        }
        for (FeaturedPerson person : featured.findByStoryIdOrderByIdAsc(story.getId())) {
            if (person.getUserId() != null && person.getConsentGivenAt() != null && person.getWithdrawnAt() == null
                    && fingerprintBefore.equals(person.getConsentFingerprint())) {
                events.publishEvent(new ConsentRequested(story.getId(), person.getId(), person.getUserId(),
                        story.getTitle(), actorId));
            }
        }
    }
}
