package nl.kwartiermaker.story;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the digest: for everyone who wants it, once their last week (ISO, Monday to Sunday) or month ended in
 * Amsterdam, the stories published in it that may be read on the digest channel now. A story withdrawn meanwhile is
 * not among them: the visibility rule decides at the moment of sending. A period without stories sends nothing.
 *
 * <p>Exactly once per person and period: each digest is one transaction that records the period as sent (unique per
 * person and period) and queues the mail in the outbox, which retries until SMTP takes it. A second run, or a run on
 * another node at the same time, finds the period recorded or fails on the unique key and rolls back its mail.
 */
@Component
public class StoryDigest {

    private static final Logger log = LoggerFactory.getLogger(StoryDigest.class);
    private static final String JOB = "systeem";

    private final StoryDigestRepository subscriptions;
    private final StoryDigestSentRepository sent;
    private final StoryRepository stories;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PortalTime time;

    StoryDigest(StoryDigestRepository subscriptions, StoryDigestSentRepository sent, StoryRepository stories,
                ApplicationEventPublisher events, PlatformTransactionManager transactionManager, PortalTime time) {
        this.subscriptions = subscriptions;
        this.sent = sent;
        this.stories = stories;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.time = time;
    }

    /** A week or month: its first and last day and the key it is recorded under. */
    record Period(LocalDate firstDay, LocalDate lastDay, String key) {

        Instant start() {
            return firstDay.atStartOfDay(PortalTime.ZONE).toInstant();
        }

        Instant end() {
            return lastDay.plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant();
        }

        /** The last period of this kind that ended before {@code today}. */
        static Period lastEnded(DigestFrequency frequency, LocalDate today) {
            if (frequency == DigestFrequency.WEEKLY) {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new Period(monday, monday.plusDays(6), String.format("%d-W%02d",
                        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            }
            LocalDate first = today.withDayOfMonth(1).minusMonths(1);
            return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()),
                    first.format(DateTimeFormatter.ofPattern("yyyy-MM")));
        }
    }

    /**
     * Sends every digest that is due. The mail listener looks accounts up as a signed-in feature would, so the job runs
     * signed in as the system.
     */
    @SchedulerLock(name = "story-digest", lockAtMostFor = "PT30M")
    @Scheduled(fixedDelayString = "${kwartiermaker.story.digest-interval:PT1H}",
            initialDelayString = "${kwartiermaker.story.digest-initial-delay:PT3M}")
    public void sendDue() {
        RunAs.run(JOB, Role.COORDINATOR, () -> {
            LocalDate today = time.today();
            for (DigestFrequency frequency : DigestFrequency.values()) {
                Period period = Period.lastEnded(frequency, today);
                List<StoryDigestSubscription> due = transactions.execute(tx ->
                        subscriptions.findNotSent(frequency, period.key()));
                Map<String, List<StoryDigestDue.DigestedStory>> storiesOf = new HashMap<>();
                for (StoryDigestSubscription subscription : due) {
                    // someone who subscribed after the period ended starts with the next one
                    if (subscription.getCreatedAt().isBefore(period.end())) {
                        send(subscription.getId(), period, storiesOf);
                    }
                }
            }
        });
    }

    private void send(long subscriptionId, Period period, Map<String, List<StoryDigestDue.DigestedStory>> storiesOf) {
        try {
            transactions.executeWithoutResult(tx -> subscriptions.findById(subscriptionId).ifPresent(subscription -> {
                if (sent.existsByUserIdAndPeriod(subscription.getUserId(), period.key())) {
                    return;
                }
                List<StoryDigestDue.DigestedStory> published = storiesOf.computeIfAbsent(period.key(), key ->
                        stories.findVisiblePublishedBetween(time.now(), time.today(), false, true, false,
                                period.start(), period.end()).stream()
                                .map(s -> new StoryDigestDue.DigestedStory(s.getTitle(), s.getSummary(), s.getSlug()))
                                .toList());
                if (published.isEmpty()) {
                    return;
                }
                String token = SecretTokens.newToken();
                String hash = SecretTokens.hash(token);
                sent.saveAndFlush(new StoryDigestSent(subscription.getUserId(), period.key(), hash, time.now()));
                subscription.latestOptOut(hash);
                events.publishEvent(new StoryDigestDue(subscription.getUserId(), subscription.getFrequency(),
                        period.firstDay(), period.lastDay(), published, token));
            }));
        } catch (DataIntegrityViolationException alreadySent) {
            log.info("Story digest {} for subscription {} was sent by another run", period.key(), subscriptionId);
        } catch (RuntimeException e) {
            log.warn("Story digest {} for subscription {} not sent now, will try again: {}", period.key(),
                    subscriptionId, e.toString());
        }
    }
}
