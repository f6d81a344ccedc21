package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SearchText;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authors write their stories: start a draft, save it as they type, name the people it is about, and offer it for
 * review. Only the author sees and changes a draft (to anyone else it does not exist), and only while it is a draft:
 * once offered, the editor has it until they send it back.
 */
@Service
@Transactional
public class StoryWritingService {

    private final StoryRepository stories;
    private final FeaturedPersonRepository featured;
    private final StoryAccess access;
    private final StoryHistory history;
    private final ConsentRenewal renewal;
    private final FeaturedLines lines;
    private final UserService users;
    private final TrajectService trajecten;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    StoryWritingService(StoryRepository stories, FeaturedPersonRepository featured, StoryAccess access,
                        StoryHistory history, ConsentRenewal renewal, FeaturedLines lines, UserService users,
                        TrajectService trajecten,
                        PortalTime time, ApplicationEventPublisher events) {
        this.stories = stories;
        this.featured = featured;
        this.access = access;
        this.history = history;
        this.renewal = renewal;
        this.lines = lines;
        this.users = users;
        this.trajecten = trajecten;
        this.time = time;
        this.events = events;
    }

    /** What the author does next with a story of theirs, as "Mijn verhalen" says it. */
    public enum NextStep {
        COMPLETE, ADD_PERSON, SUBMIT, AWAIT_REVIEW, AWAIT_CONSENT, NOTHING;

        public String labelKey() {
            return "story.next." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of "Mijn verhalen". */
    public record MyStory(long id, String title, StoryStatus status, Instant lastChange, NextStep next) {
    }

    /** A story as its editor shows it: the text, the people in it with their consent, and whether it can change. */
    public record Draft(Story story, List<FeaturedLine> featured, boolean editable) {
    }

    /** Someone to name in a story: an account ({@code userId}) or a name and relation for a person without one. */
    public record NewFeatured(Long userId, String name, FeaturedRelation relation) {
    }

    /** Starts a draft from what the author typed first; its address comes from the title. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Story start(StoryContent content) {
        long me = access.me().id();
        check(content, null);
        Story story = new Story(me, uniqueSlug(content.title()));
        story.write(content);
        story = stories.saveAndFlush(story);
        history.record(story.getId(), me, StoryEventKind.CREATED, null, null);
        return story;
    }

    /**
     * Saves the draft as it is now; refused when someone (the author in another tab) saved in between. A change after
     * consent asks the experts who gave it to look again.
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Story save(long storyId, long expectedVersion, StoryContent content) {
        Story story = ownDraft(storyId);
        story.requireVersion(expectedVersion);
        check(content, story.getTrajectId());
        String before = story.getContentFingerprint();
        story.write(content);
        story = stories.saveAndFlush(story);
        renewal.afterChange(story, before, access.me().id());
        return story;
    }

    /** The author's own stories, last changed first, each with what to do next: two statements. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional(readOnly = true)
    public List<MyStory> mine() {
        List<Story> own = stories.findByAuthorIdOrderByModifiedAtDesc(access.me().id());
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FeaturedPerson>> people = featured.findByStoryIdIn(own.stream().map(Story::getId).toList())
                .stream().collect(Collectors.groupingBy(FeaturedPerson::getStoryId));
        LocalDate today = time.today();
        List<MyStory> result = new ArrayList<>();
        for (Story story : own) {
            List<FeaturedPerson> in = people.getOrDefault(story.getId(), List.of());
            result.add(new MyStory(story.getId(), story.getTitle(), story.getStatus(), story.getModifiedAt(),
                    next(story, in, today)));
        }
        return result;
    }

    private static NextStep next(Story story, List<FeaturedPerson> people, LocalDate today) {
        return switch (story.getStatus()) {
            case DRAFT -> !complete(story) ? NextStep.COMPLETE
                    : people.isEmpty() ? NextStep.ADD_PERSON : NextStep.SUBMIT;
            case IN_REVIEW -> NextStep.AWAIT_REVIEW;
            case SCHEDULED, PUBLISHED -> people.stream().allMatch(p -> ConsentState.of(p,
                    story.getContentFingerprint(), today) == ConsentState.GIVEN) ? NextStep.NOTHING
                    : NextStep.AWAIT_CONSENT;
            case WITHDRAWN, EXPIRED -> NextStep.NOTHING;
        };
    }

    private static boolean complete(Story story) {
        return !story.getTitle().isBlank() && !story.getSummary().isBlank() && !story.getBody().isBlank()
                && !story.getImpact().isBlank();
    }

    /** The author's story with its people; "not found" for anyone else. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional(readOnly = true)
    public Draft draft(long storyId) {
        Story story = own(storyId);
        return new Draft(story, lines.of(story), story.getStatus() == StoryStatus.DRAFT);
    }

    /** Names a person in the draft; an expert with an account is asked for consent in the portal at once. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public FeaturedPerson addFeatured(long storyId, NewFeatured person) {
        Story story = ownDraft(storyId);
        InvalidInput.require(person.relation() != null, "story.error.relation");
        FeaturedPerson added;
        if (person.userId() != null) {
            UserAccount account = users.findAccount(person.userId()).filter(UserAccount::active)
                    .orElseThrow(() -> new InvalidInput("story.error.account"));
            InvalidInput.require(featured.findByStoryIdOrderByIdAsc(storyId).stream()
                    .noneMatch(p -> account.id() == Objects.requireNonNullElse(p.getUserId(), -1L)),
                    "story.error.featured_twice", account.displayName());
            added = featured.save(new FeaturedPerson(storyId, account.id(), account.displayName(),
                    person.relation()));
            events.publishEvent(new ConsentRequested(storyId, added.getId(), account.id(), story.getTitle(),
                    access.me().id()));
        } else {
            added = featured.save(new FeaturedPerson(storyId, null, checkedName(person.name()), person.relation()));
        }
        return added;
    }

    /** Corrects the relation, and for someone without an account the name. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public FeaturedPerson changeFeatured(long featuredPersonId, long expectedVersion, String name,
                                         FeaturedRelation relation) {
        FeaturedPerson person = featured.findById(featuredPersonId)
                .orElseThrow(() -> new InvalidInput("story.error.notfound"));
        ownDraft(person.getStoryId());
        person.requireVersion(expectedVersion);
        InvalidInput.require(relation != null, "story.error.relation");
        person.describe(person.getUserId() != null ? person.getName() : checkedName(name), relation);
        return featured.saveAndFlush(person);
    }

    @PreAuthorize(StoryAccess.MAY_USE)
    public void removeFeatured(long featuredPersonId) {
        FeaturedPerson person = featured.findById(featuredPersonId)
                .orElseThrow(() -> new InvalidInput("story.error.notfound"));
        ownDraft(person.getStoryId());
        featured.delete(person);
    }

    /** Offers the draft for review: it needs its four texts and at least one person it is about. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Story submit(long storyId, long expectedVersion) {
        Story story = ownDraft(storyId);
        story.requireVersion(expectedVersion);
        InvalidInput.require(!story.getTitle().isBlank(), "story.error.title.required");
        InvalidInput.require(!story.getSummary().isBlank(), "story.error.summary.required");
        InvalidInput.require(!story.getBody().isBlank(), "story.error.body.required");
        InvalidInput.require(!story.getImpact().isBlank(), "story.error.impact.required");
        InvalidInput.require(!featured.findByStoryIdOrderByIdAsc(storyId).isEmpty(), "story.error.nobody");
        long me = access.me().id();
        story.moveTo(StoryStatus.IN_REVIEW);
        story = stories.saveAndFlush(story);
        history.record(storyId, me, StoryEventKind.SUBMITTED, null, null);
        events.publishEvent(new StorySubmitted(storyId, story.getTitle(), me));
        return story;
    }

    /** Everyone with an active account, to choose a featured expert from. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional(readOnly = true)
    public List<UserService.Person> people() {
        return users.activePeople();
    }

    /** The trajecten the author may see, by id, ordered by name: a story links to one of them or to none. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional(readOnly = true)
    public Map<Long, String> trajecten() {
        return trajecten.visibleTrajectNames();
    }

    private Story own(long storyId) {
        return stories.findById(storyId).filter(access::isAuthor)
                .orElseThrow(() -> new InvalidInput("story.error.notfound"));
    }

    private Story ownDraft(long storyId) {
        Story story = own(storyId);
        InvalidInput.require(story.getStatus() == StoryStatus.DRAFT, "story.error.not_draft");
        return story;
    }

    private void check(StoryContent content, Long currentTraject) {
        InvalidInput.require(!content.title().isBlank(), "story.error.title.required");
        InvalidInput.require(content.title().length() <= Story.TITLE_MAX, "story.error.title", Story.TITLE_MAX);
        InvalidInput.require(content.summary().length() <= Story.SUMMARY_MAX, "story.error.summary",
                Story.SUMMARY_MAX);
        InvalidInput.require(content.body().length() <= Story.BODY_MAX, "story.error.body", Story.BODY_MAX);
        InvalidInput.require(content.impact().length() <= Story.IMPACT_MAX, "story.error.impact", Story.IMPACT_MAX);
        // a link kept from before stays even when the author no longer sees that traject; a new one must be visible
        InvalidInput.require(content.trajectId() == null || content.trajectId().equals(currentTraject)
                || trajecten.visibleTrajectNames().containsKey(content.trajectId()), "story.error.traject");
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        InvalidInput.require(!stripped.isEmpty(), "story.error.name.required");
        InvalidInput.require(stripped.length() <= FeaturedPerson.NAME_MAX, "story.error.name",
                FeaturedPerson.NAME_MAX);
        return stripped;
    }

    /** Addresses under /verhalen that are pages of their own, so no story's slug may take them. */
    private static final Set<String> RESERVED = Set.of("nieuw", "mijn", "feed", "redactie", "toestemming");

    private String uniqueSlug(String title) {
        String base = SearchText.slug(title);
        String slug = base;
        for (int n = 2; RESERVED.contains(slug) || stories.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
