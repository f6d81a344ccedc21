package nl.kwartiermaker.story;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's review: the queue, one story opened as readers will see it with everyone's consent and its history,
 * and the three decisions — approve (now or from a moment, optionally until one), send back with a comment, take off
 * publication with a reason. Editors are coordinators and Beheerders; nobody approves or sends back their own story.
 * Approval waits until every featured person consents to the intranet for exactly this version: the library could
 * not show it otherwise, and an editor should not find that out after publishing.
 */
@Service
@Transactional(readOnly = true)
public class StoryReviewService {

    private static final Set<StoryStatus> QUEUED = Set.of(StoryStatus.IN_REVIEW, StoryStatus.SCHEDULED,
            StoryStatus.PUBLISHED);

    private final StoryRepository stories;
    private final StoryReviewQueries queries;
    private final FeaturedPersonRepository featured;
    private final StoryHistory history;
    private final StoryAccess access;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final PortalTime time;

    StoryReviewService(StoryRepository stories, StoryReviewQueries queries, FeaturedPersonRepository featured,
                       StoryHistory history, StoryAccess access, UserService users, ApplicationEventPublisher events,
                       PortalTime time) {
        this.stories = stories;
        this.queries = queries;
        this.featured = featured;
        this.history = history;
        this.access = access;
        this.users = users;
        this.events = events;
        this.time = time;
    }

    /**
     * Stories waiting for review, oldest first, then the scheduled and published ones (the next to go live first,
     * then the newest published), which an editor may take off publication. Two statements.
     */
    @PreAuthorize(StoryAccess.EDITOR)
    public List<ReviewQueueItem> queue() {
        List<StoryReviewQueries.QueueRow> rows = queries.findQueue(QUEUED);
        Map<Long, String> names = users.namesOf(rows.stream().map(StoryReviewQueries.QueueRow::getAuthorId)
                .collect(Collectors.toSet()));
        Comparator<StoryReviewQueries.QueueRow> byPublishFrom = Comparator.comparing(
                StoryReviewQueries.QueueRow::getPublishFrom, Comparator.nullsLast(Comparator.naturalOrder()));
        return Stream.of(
                        rows.stream().filter(r -> r.getStatus() == StoryStatus.IN_REVIEW),
                        rows.stream().filter(r -> r.getStatus() == StoryStatus.SCHEDULED).sorted(byPublishFrom),
                        rows.stream().filter(r -> r.getStatus() == StoryStatus.PUBLISHED)
                                .sorted(byPublishFrom.reversed()))
                .flatMap(Function.identity())
                .map(r -> new ReviewQueueItem(r.getId(), r.getTitle(), r.getStatus(),
                        names.getOrDefault(r.getAuthorId(), ""), r.getModifiedAt(), r.getPublishFrom(),
                        r.getPublishUntil()))
                .toList();
    }

    /**
     * One story for its review. Every story that has left its author's desk opens here for an editor; a draft does not
     * (it is its author's until offered, and a sent-back one is theirs again).
     */
    @PreAuthorize(StoryAccess.EDITOR)
    public StoryReview open(long storyId) {
        Story story = stories.findById(storyId).filter(s -> s.getStatus() != StoryStatus.DRAFT)
                .orElseThrow(() -> new InvalidInput("story.review.error.gone"));
        List<FeaturedPerson> people = featured.findByStoryIdOrderByIdAsc(storyId);
        List<StoryEvent> lines = history.of(storyId);
        Set<Long> accountIds = new HashSet<>();
        accountIds.add(story.getAuthorId());
        lines.stream().map(StoryEvent::getActorId).filter(id -> id != null).forEach(accountIds::add);
        Map<Long, String> names = users.namesOf(accountIds);
        LocalDate today = time.today();
        String fingerprint = story.getContentFingerprint();
        List<ReviewConsent> consents = people.stream().map(p -> consentState(p, fingerprint, today)).toList();
        List<String> missing = people.stream().filter(p -> !p.consents(StoryChannel.INTRANET, fingerprint, today))
                .map(FeaturedPerson::getName).toList();
        return new StoryReview(story, names.getOrDefault(story.getAuthorId(), ""), consents,
                historyLines(lines, names, people), missing, access.isAuthor(story));
    }

    /**
     * A story's history with names, for its author and for editors: what happened to it, when, and who did it (the
     * portal itself for a scheduled step).
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public List<StoryHistoryLine> history(long storyId) {
        Story story = stories.findById(storyId).filter(s -> access.isEditor() || access.isAuthor(s))
                .orElseThrow(() -> new InvalidInput("story.review.error.gone"));
        List<StoryEvent> lines = history.of(story.getId());
        Map<Long, String> names = users.namesOf(lines.stream().map(StoryEvent::getActorId).filter(id -> id != null)
                .collect(Collectors.toSet()));
        return historyLines(lines, names, featured.findByStoryIdOrderByIdAsc(storyId));
    }

    /**
     * Approves a story in review: published at once, or scheduled when {@code publishFrom} lies ahead (a moment in the
     * past counts as now); {@code publishUntil}, when given, must come after both. Refused while anyone's consent for
     * the intranet does not cover this version.
     */
    @PreAuthorize(StoryAccess.EDITOR)
    @Transactional
    public Story approve(long storyId, long expectedVersion, Instant publishFrom, Instant publishUntil) {
        Story story = inReview(storyId, expectedVersion);
        Instant now = time.now();
        Instant from = publishFrom == null || publishFrom.isBefore(now) ? now : publishFrom;
        require(publishUntil == null || publishUntil.isAfter(from), "story.review.error.until");
        LocalDate today = time.today();
        List<String> missing = featured.findByStoryIdOrderByIdAsc(storyId).stream()
                .filter(p -> !p.consents(StoryChannel.INTRANET, story.getContentFingerprint(), today))
                .map(FeaturedPerson::getName).toList();
        require(missing.isEmpty(), "story.review.error.consent", String.join(", ", missing));
        boolean later = from.isAfter(now);
        story.schedule(from, publishUntil);
        story.moveTo(later ? StoryStatus.SCHEDULED : StoryStatus.PUBLISHED);
        Story saved = stories.saveAndFlush(story);
        SignedInUser.Account me = access.me();
        history.record(storyId, me.id(), later ? StoryEventKind.SCHEDULED : StoryEventKind.PUBLISHED, null, "");
        events.publishEvent(later
                ? new StoryScheduled(storyId, saved.getTitle(), saved.getAuthorId(), me.displayName(), from)
                : new StoryPublished(storyId, saved.getTitle(), saved.getSlug(), saved.getAuthorId(),
                me.displayName()));
        return saved;
    }

    /** Sends a story in review back to its author as a draft; the comment says what to change and is required. */
    @PreAuthorize(StoryAccess.EDITOR)
    @Transactional
    public Story sendBack(long storyId, long expectedVersion, String comment) {
        Story story = inReview(storyId, expectedVersion);
        String clean = required(comment, "story.review.error.comment");
        story.moveTo(StoryStatus.DRAFT);
        Story saved = stories.saveAndFlush(story);
        SignedInUser.Account me = access.me();
        history.record(storyId, me.id(), StoryEventKind.SENT_BACK, null, clean);
        events.publishEvent(new StorySentBack(storyId, saved.getTitle(), saved.getAuthorId(), me.displayName(),
                clean));
        return saved;
    }

    /**
     * Takes a scheduled or published story off publication, with a reason that its history keeps. Any editor may,
     * the author too when they are one: taking a story down needs no second pair of eyes.
     */
    @PreAuthorize(StoryAccess.EDITOR)
    @Transactional
    public Story unpublish(long storyId, long expectedVersion, String reason) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.review.error.gone"));
        if (!access.isEditor()) {
            throw new AccessDeniedException("Only an editor takes a story off publication");
        }
        story.requireVersion(expectedVersion);
        require(story.getStatus() == StoryStatus.SCHEDULED || story.getStatus() == StoryStatus.PUBLISHED,
                "story.review.error.not_published");
        String clean = required(reason, "story.review.error.reason");
        story.moveTo(StoryStatus.WITHDRAWN);
        Story saved = stories.saveAndFlush(story);
        SignedInUser.Account me = access.me();
        history.record(storyId, me.id(), StoryEventKind.UNPUBLISHED, null, clean);
        events.publishEvent(new StoryUnpublished(storyId, saved.getTitle(), saved.getAuthorId(), me.displayName(),
                clean));
        return saved;
    }

    private Story inReview(long storyId, long expectedVersion) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.review.error.gone"));
        access.requireReviewerOf(story);
        story.requireVersion(expectedVersion);
        require(story.getStatus() == StoryStatus.IN_REVIEW, "story.review.error.status");
        return story;
    }

    private static String required(String text, String messageKey) {
        String clean = text == null ? "" : text.strip();
        require(!clean.isEmpty() && clean.length() <= StoryEvent.COMMENT_MAX, messageKey, StoryEvent.COMMENT_MAX);
        return clean;
    }

    private static ReviewConsent consentState(FeaturedPerson person, String fingerprint, LocalDate today) {
        Map<StoryChannel, Boolean> channels = new EnumMap<>(StoryChannel.class);
        for (StoryChannel channel : StoryChannel.values()) {
            channels.put(channel, person.consents(channel, fingerprint, today));
        }
        boolean earlier = person.getConsentGivenAt() != null && !fingerprint.equals(person.getConsentFingerprint());
        return new ReviewConsent(person.getId(), person.getName(), person.getRelation(), person.getUserId() != null,
                channels, earlier, person.getWithdrawnAt(), person.getExpiresOn(), person.isAnonymised());
    }

    private static List<StoryHistoryLine> historyLines(List<StoryEvent> lines, Map<Long, String> names,
                                                       List<FeaturedPerson> people) {
        Map<Long, String> personNames = people.stream()
                .collect(Collectors.toMap(FeaturedPerson::getId, FeaturedPerson::getName));
        Function<Long, String> actor = id -> id == null ? "" : names.getOrDefault(id, "?");
        return lines.stream().map(e -> new StoryHistoryLine(e.getHappenedAt(), e.getKind(), actor.apply(e.getActorId()),
                e.getFeaturedPersonId() == null ? "" : personNames.getOrDefault(e.getFeaturedPersonId(), ""),
                e.getComment())).toList();
    }
}
