package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled stories when their moment comes and ends published ones whose publish-until moment passed or
 * of which a featured person's consent ran out. The visibility rule already shows and hides them at the exact moment;
 * this job brings the status and the history in line ("by the portal", no person) and lets the author know through
 * the events. Each story changes in a transaction of its own and only when it is still due, so a second run finds
 * nothing to do, and a run colliding with an editor's change rolls back on the story's version.
 */
@Component
public class StoryPublishing {

    private static final Logger log = LoggerFactory.getLogger(StoryPublishing.class);
    /** The name the audit columns record for the job's changes, as for the portal's other work without a person. */
    private static final String JOB = "systeem";

    private final StoryRepository stories;
    private final StoryReviewQueries queries;
    private final FeaturedPersonRepository featured;
    private final StoryHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PortalTime time;

    StoryPublishing(StoryRepository stories, StoryReviewQueries queries, FeaturedPersonRepository featured,
                    StoryHistory history, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                    PortalTime time) {
        this.stories = stories;
        this.queries = queries;
        this.featured = featured;
        this.history = history;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.time = time;
    }

    /**
     * Does what is due now. Runs signed in as the system with the coordinator's role, whose work it does, so the
     * listeners may look up the author's account.
     */
    @SchedulerLock(name = "story-publishing", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${kwartiermaker.story.publishing-interval:PT5M}",
            initialDelayString = "${kwartiermaker.story.publishing-initial-delay:PT1M}")
    public void publishAndExpire() {
        RunAs.run(JOB, Role.COORDINATOR, () -> {
            Instant now = time.now();
            LocalDate today = time.today();
            List<Long> due = transactions.execute(tx -> queries.findScheduledDue(now));
            due.forEach(id -> each(id, story -> story.getStatus() == StoryStatus.SCHEDULED
                    && !story.getPublishFrom().isAfter(now), story -> {
                        // a window that closed before the job came round is never published at all
                        if (!end(story, now, today)) {
                            story.moveTo(StoryStatus.PUBLISHED);
                            stories.saveAndFlush(story);
                            history.record(story.getId(), null, StoryEventKind.PUBLISHED, null, "");
                            events.publishEvent(new StoryPublished(story.getId(), story.getTitle(), story.getSlug(),
                                    story.getAuthorId(), ""));
                        }
                    }));
            List<Long> ended = transactions.execute(tx -> queries.findPublishedEnded(now, today));
            ended.forEach(id -> each(id, story -> story.getStatus() == StoryStatus.PUBLISHED,
                    story -> end(story, now, today)));
        });
    }

    /**
     * Ends the story when its window closed (history EXPIRED) or someone's consent ran out (CONSENT_EXPIRED, about
     * that person); whether it did.
     */
    private boolean end(Story story, Instant now, LocalDate today) {
        List<FeaturedPerson> ranOut = featured.findByStoryIdOrderByIdAsc(story.getId()).stream()
                .filter(p -> p.getWithdrawnAt() == null && p.getExpiresOn() != null && p.getExpiresOn().isBefore(today))
                .toList();
        boolean closed = story.getPublishUntil() != null && !story.getPublishUntil().isAfter(now);
        if (!closed && ranOut.isEmpty()) {
            return false;
        }
        story.moveTo(StoryStatus.EXPIRED);
        stories.saveAndFlush(story);
        if (closed) {
            history.record(story.getId(), null, StoryEventKind.EXPIRED, null, "");
        }
        ranOut.forEach(p -> history.record(story.getId(), null, StoryEventKind.CONSENT_EXPIRED, p.getId(), ""));
        events.publishEvent(new StoryExpired(story.getId(), story.getTitle(), story.getAuthorId(), !closed));
        return true;
    }

    /** One story in a transaction of its own, so one failure neither blocks nor repeats the others. */
    private void each(long storyId, Predicate<Story> stillDue, Consumer<Story> change) {
        try {
            transactions.executeWithoutResult(tx -> stories.findById(storyId).filter(stillDue).ifPresent(change));
        } catch (RuntimeException e) {
            log.warn("Story {} not published or ended now, will try again: {}", storyId, e.toString());
        }
    }
}
