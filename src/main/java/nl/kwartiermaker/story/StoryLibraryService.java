package nl.kwartiermaker.story;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SearchText;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading stories: the library, one story's page and the newest stories for the Overzicht. Only what
 * {@link StoryVisibility} allows on the intranet is ever read; any other story — a draft, one whose consent was
 * withdrawn or ran out, one not yet or no longer published — is "not found", whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class StoryLibraryService {

    public static final int PAGE_SIZE = 12;
    public static final int RELATED = 3;
    /** Shorter words ("de", "en") narrow a search little and match almost everything. */
    private static final int MIN_SEARCH = 2;

    private final StoryRepository stories;
    private final FeaturedPersonRepository featured;
    private final StoryReactionRepository reactions;
    private final StoryCards cards;
    private final StoryAccess access;
    private final TrajectService trajecten;
    private final PortalTime time;

    StoryLibraryService(StoryRepository stories, FeaturedPersonRepository featured, StoryReactionRepository reactions,
                        StoryCards cards, StoryAccess access, TrajectService trajecten, PortalTime time) {
        this.stories = stories;
        this.featured = featured;
        this.reactions = reactions;
        this.cards = cards;
        this.access = access;
        this.trajecten = trajecten;
        this.time = time;
    }

    /** What the library narrows to; every part optional. */
    public record Filter(ExperienceTheme theme, ExpertRole role, String query) {

        /** Whether the reader narrowed the library, so that an empty page means "nothing matches", not "none yet". */
        public boolean narrowed() {
            return theme != null || role != null || (query != null && !query.isBlank());
        }
    }

    /** A story as a card in a list: never its body. {@code imageName} is null when it has no image. */
    public record Card(long id, String slug, String title, String summary, String imageName, String imageAlt,
                       Set<ExperienceTheme> themes, Instant publishedAt, long reactions) {
    }

    /** One page of the library; {@code more} tells whether a next page exists, without counting them all. */
    public record LibraryPage(List<Card> cards, int page, boolean more) {
    }

    /** Someone in the story as readers see them: {@code name} is null when they asked to stay anonymous. */
    public record Person(String name, FeaturedRelation relation) {
    }

    /** The traject a story is about, when the reader may see it. */
    public record TrajectLink(long id, String name) {
    }

    /** A story's page; {@code body} is Markdown for the portal's one safe renderer. */
    public record StoryPage(long id, String slug, String title, String summary, String body, String impact,
                            String imageName, String imageAlt, Set<ExperienceTheme> themes, Set<ExpertRole> roles,
                            Instant publishedAt, List<Person> people, Optional<TrajectLink> traject,
                            List<Card> related, long reactions, boolean reacted) {
    }

    /** A page of the library (counted from 0), newest first, narrowed by the filter. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public LibraryPage library(Filter filter, int page) {
        int from = Math.max(0, page) * PAGE_SIZE;
        List<String> words = words(filter.query());
        if (filter.query() != null && !filter.query().isBlank() && words.isEmpty()) {
            // only one-letter words: they would match nearly every story
            return new LibraryPage(List.of(), Math.max(0, page), false);
        }
        // one more than a page: whether it comes back says whether there is a next page
        List<Card> found = cards.find(filter.theme(), filter.role(), words, from, PAGE_SIZE + 1, time.now(),
                time.today());
        return new LibraryPage(found.stream().limit(PAGE_SIZE).toList(), Math.max(0, page), found.size() > PAGE_SIZE);
    }

    /** The newest stories, for the Overzicht. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public List<Card> newest(int count) {
        return cards.find(null, null, List.of(), 0, count, time.now(), time.today());
    }

    /** A story as its page shows it, when it may be read on the intranet now. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Optional<StoryPage> story(String slug) {
        Optional<Story> found = stories.findBySlug(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Story story = found.get();
        List<FeaturedPerson> people = featured.findByStoryIdOrderByIdAsc(story.getId());
        if (!StoryVisibility.visible(story, people, StoryChannel.INTRANET, time.now(), time.today())) {
            return Optional.empty();
        }
        List<Person> shown = people.stream()
                .map(p -> new Person(p.isAnonymised() ? null : p.getName(), p.getRelation())).toList();
        Optional<TrajectLink> traject = story.getTrajectId() == null ? Optional.empty()
                // only a traject the reader may open: the link would otherwise lead to "not found"
                : trajecten.find(story.getTrajectId()).map(t -> new TrajectLink(t.getId(), t.getName()));
        List<Card> related = cards.related(story.getId(), story.getThemes(), story.getRoles(), RELATED, time.now(),
                time.today());
        return Optional.of(new StoryPage(story.getId(), story.getSlug(), story.getTitle(), story.getSummary(),
                story.getBody(), story.getImpact(), story.getImageName(), story.getImageAlt(), story.getThemes(),
                story.getRoles(), story.getPublishFrom(), shown, traject, related,
                reactions.countByStoryId(story.getId()),
                reactions.existsByStoryIdAndUserId(story.getId(), access.me().id())));
    }

    /** Every word counts, in any order, without accents or punctuation; the three longest go to the database. */
    static List<String> words(String query) {
        return Arrays.stream(SearchText.fold(query == null ? "" : query).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_SEARCH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(3).toList();
    }
}
