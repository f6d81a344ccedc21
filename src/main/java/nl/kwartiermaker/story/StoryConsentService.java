package nl.kwartiermaker.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent, owned by the person featured: an expert with an account gives it themselves, for the exact text and image
 * they saw; for someone without an account the author records the signed form. Withdrawal is for the person
 * themselves, or for a coordinator on their behalf, at any time: the visibility rule takes the story off every channel
 * at once, and the history keeps who did it.
 */
@Service
@Transactional
public class StoryConsentService {

    private final StoryRepository stories;
    private final FeaturedPersonRepository featured;
    private final StoryAccess access;
    private final StoryHistory history;
    private final FeaturedLines lines;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    StoryConsentService(StoryRepository stories, FeaturedPersonRepository featured, StoryAccess access,
                        StoryHistory history, FeaturedLines lines, PortalTime time,
                        ApplicationEventPublisher events) {
        this.stories = stories;
        this.featured = featured;
        this.access = access;
        this.history = history;
        this.lines = lines;
        this.time = time;
        this.events = events;
    }

    /**
     * The consent page: the story exactly as it would be published, the signed-in person's own place in it (if they
     * are featured) and, for a coordinator or Beheerder, everyone in it to withdraw on their behalf.
     */
    public record ConsentPage(Story story, Optional<FeaturedLine> mine, List<FeaturedLine> everyone,
                              boolean mayWithdrawForOthers) {
    }

    /** "Not found" for anyone who is neither featured in the story nor an editor. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional(readOnly = true)
    public ConsentPage page(long storyId) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.error.notfound"));
        long me = access.me().id();
        List<FeaturedLine> everyone = lines.of(story);
        Optional<FeaturedLine> mine = everyone.stream()
                .filter(l -> l.person().getUserId() != null && l.person().getUserId() == me).findFirst();
        boolean editor = access.isEditor();
        if (mine.isEmpty() && !editor) {
            throw new InvalidInput("story.error.notfound");
        }
        return new ConsentPage(story, mine, editor ? everyone : List.of(), editor);
    }

    /**
     * The featured expert's own consent, for the version they read ({@code fingerprintSeen}): when the story changed
     * while they read it, they are asked to read it again rather than consent to a text they did not see.
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public FeaturedPerson give(long featuredPersonId, long expectedVersion, String fingerprintSeen,
                               ConsentChoice choice) {
        FeaturedPerson person = featured.findById(featuredPersonId)
                .orElseThrow(() -> new InvalidInput("story.error.notfound"));
        long me = access.me().id();
        if (person.getUserId() == null || person.getUserId() != me) {
            throw new AccessDeniedException("Only the person featured gives their own consent");
        }
        person.requireVersion(expectedVersion);
        Story story = openStory(person.getStoryId());
        InvalidInput.require(story.getContentFingerprint().equals(fingerprintSeen), "story.error.changed_meanwhile");
        InvalidInput.require(choice.answerSure(), "story.error.not_sure");
        check(choice);
        person.consent(choice, story.getContentFingerprint(), time.now());
        person = featured.saveAndFlush(person);
        history.record(story.getId(), me, StoryEventKind.CONSENT_GIVEN, person.getId(), null);
        return person;
    }

    /**
     * The author records the signed consent form of someone without an account: the date on the form and, as who
     * took it, the author. It covers the story as it is now; a later change needs a new form.
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public FeaturedPerson recordForm(long featuredPersonId, long expectedVersion, LocalDate formDate,
                                     ConsentChoice choice) {
        FeaturedPerson person = featured.findById(featuredPersonId)
                .orElseThrow(() -> new InvalidInput("story.error.notfound"));
        Story story = openStory(person.getStoryId());
        if (!access.isAuthor(story)) {
            throw new InvalidInput("story.error.notfound");
        }
        InvalidInput.require(person.getUserId() == null, "story.error.own_consent");
        person.requireVersion(expectedVersion);
        InvalidInput.require(formDate != null, "story.error.form_date.required");
        InvalidInput.require(!formDate.isAfter(time.today()), "story.error.form_date.future");
        check(choice);
        long me = access.me().id();
        // the form itself holds the person's answers; signing it is their "yes, I am sure"
        person.consent(new ConsentChoice(choice.intranet(), choice.digest(), choice.feed(), choice.anonymise(),
                choice.expiresOn(), choice.answerShow(), true), story.getContentFingerprint(), time.now());
        person.recordForm(formDate, me);
        person = featured.saveAndFlush(person);
        history.record(story.getId(), me, StoryEventKind.CONSENT_RECORDED, person.getId(), null);
        return person;
    }

    /**
     * Withdraws consent, by the person themselves or by a coordinator or Beheerder on their behalf; nobody else. The
     * story leaves every channel at once (the visibility rule needs everyone's consent) and the author hears of it.
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public FeaturedPerson withdraw(long featuredPersonId, String reason) {
        FeaturedPerson person = featured.findById(featuredPersonId)
                .orElseThrow(() -> new InvalidInput("story.error.notfound"));
        long me = access.me().id();
        boolean themselves = person.getUserId() != null && person.getUserId() == me;
        if (!themselves && !access.isEditor()) {
            throw new AccessDeniedException("Only the person featured or a coordinator withdraws consent");
        }
        InvalidInput.require(person.getWithdrawnAt() == null, "story.error.already_withdrawn");
        String comment = reason == null ? "" : reason.strip();
        InvalidInput.require(comment.length() <= StoryEvent.COMMENT_MAX, "story.error.reason", StoryEvent.COMMENT_MAX);
        Story story = stories.findById(person.getStoryId()).orElseThrow();
        person.withdraw(time.now(), me);
        person = featured.saveAndFlush(person);
        history.record(story.getId(), me, StoryEventKind.CONSENT_WITHDRAWN, person.getId(), comment);
        events.publishEvent(new ConsentWithdrawn(story.getId(), person.getId(), person.getName(), story.getTitle(),
                story.getAuthorId(), me, comment));
        return person;
    }

    /** Consent is given to a story that can still be read; a withdrawn or expired one is finished. */
    private Story openStory(long storyId) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.error.notfound"));
        InvalidInput.require(story.getStatus() != StoryStatus.WITHDRAWN && story.getStatus() != StoryStatus.EXPIRED,
                "story.error.closed");
        return story;
    }

    private void check(ConsentChoice choice) {
        InvalidInput.require(choice.intranet() || choice.digest() || choice.feed(), "story.error.no_channel");
        InvalidInput.require(choice.expiresOn() == null || !choice.expiresOn().isBefore(time.today()),
                "story.error.expiry_past");
        InvalidInput.require(choice.answerShow().length() <= FeaturedPerson.ANSWER_MAX, "story.error.answer",
                FeaturedPerson.ANSWER_MAX);
    }
}
