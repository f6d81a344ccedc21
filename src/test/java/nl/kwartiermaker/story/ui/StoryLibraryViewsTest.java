package nl.kwartiermaker.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.AsRendered;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.story.LibraryStories;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryFixture;
import nl.kwartiermaker.traject.ExpertRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StoryLibraryViewsTest extends BrowserlessViewTest {

    @Autowired
    LibraryStories readable;
    @Autowired
    StoryFixture fixture;
    @Autowired
    PortalTime time;

    String word;
    Instant now;

    @BeforeEach
    void signedIn() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        word = "woord" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        now = time.now();
    }

    Story story(String title, Set<ExperienceTheme> themes, Duration ago) {
        return readable.readable(title + " " + word, "Het verhaal van **" + title + "** over " + word + ".", themes,
                Set.of(ExpertRole.ONDERSTEUNER), now.minus(ago), "Anna", false);
    }

    /** The library opened from an address with a search in it, as from a shared link. */
    private StoryLibraryView searched(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("verhalen",
                com.vaadin.flow.router.QueryParameters.of("q", query));
        return (StoryLibraryView) getCurrentView();
    }

    private java.util.List<String> storyLinks() {
        return $(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("verhalen/bieb-"))
                .map(Anchor::getText).toList();
    }

    @Test
    void the_library_searches_from_the_address_and_narrows_by_theme() {
        Story debts = story("Schulden", Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE), Duration.ofHours(2));
        Story addiction = story("Verslaving", Set.of(ExperienceTheme.VERSLAVING), Duration.ofHours(1));

        StoryLibraryView view = searched(word);
        assertThat(view.search.getValue()).isEqualTo(word);
        assertThat(storyLinks()).containsExactly(addiction.getTitle(), debts.getTitle());

        test(view.theme).selectItem("Schulden en armoede");
        assertThat(storyLinks()).containsExactly(debts.getTitle());
        assertThat(view.next.isVisible()).isFalse();
    }

    @Test
    void a_search_that_finds_nothing_says_what_to_do_next() {
        story("Gevonden", Set.of(), Duration.ofHours(1));
        StoryLibraryView view = navigate("verhalen", StoryLibraryView.class);
        test(view.search).setValue(word + " nergens");
        assertThat(storyLinks()).isEmpty();
        assertThat(view.results.getElement().getTextRecursively()).contains("Geen verhalen gevonden");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("verhalen/nieuw");
    }

    @Test
    void the_library_turns_pages() {
        for (int i = 0; i < 13; i++) {
            story("Verhaal " + i, Set.of(), Duration.ofMinutes(100 - i));
        }
        StoryLibraryView view = searched(word);
        assertThat(storyLinks()).hasSize(12);
        assertThat(view.previous.isVisible()).isFalse();
        test(view.next).click();
        assertThat(storyLinks()).singleElement().asString().startsWith("Verhaal 0 ");
        assertThat(view.next.isVisible()).isFalse();
        assertThat(view.previous.isVisible()).isTrue();
    }

    @Test
    void a_story_page_shows_the_text_the_people_and_related_stories_and_takes_one_reaction() {
        Story story = story("Hoofdverhaal", Set.of(ExperienceTheme.MANTELZORG), Duration.ofHours(3));
        Story related = story("Verwant", Set.of(ExperienceTheme.MANTELZORG), Duration.ofHours(1));

        StoryView view = navigate("verhalen/" + story.getSlug(), StoryView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(story.getTitle());
        assertThat($(MarkdownContent.class).single().getElement().getProperty("innerHTML"))
                .contains("<strong>Hoofdverhaal</strong>");
        assertThat(view.getElement().getTextRecursively()).contains("Anna (Cliënt of inwoner)",
                "Het verschil: iemand luisterde.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("verhalen/" + related.getSlug());
        assertThat(view.reactionText())
                .isEqualTo("Dit heeft me geholpen | Nog niemand heeft laten weten dat dit hielp.");

        click(view.helped);
        assertThat(view.reactionText())
                .isEqualTo("Je hebt laten weten dat dit je hielp | 1 persoon heeft hier iets aan gehad.");
        assertThat(view.helped.isEnabled()).isFalse();

        view = navigate("verhalen/" + story.getSlug(), StoryView.class);
        assertThat(view.reactionText()).as("after coming back")
                .isEqualTo("Je hebt laten weten dat dit je hielp | 1 persoon heeft hier iets aan gehad.");
    }

    @Test
    void a_draft_or_unknown_story_is_not_found_and_points_to_the_library() {
        Story draft = fixture.draft(1, "Concept " + word);
        for (String slug : java.util.List.of(draft.getSlug(), "bestaat-niet-" + word)) {
            StoryView view = navigate("verhalen/" + slug, StoryView.class);
            assertThat($(H1.class).single().getText()).isEqualTo("Verhaal niet gevonden");
            assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("verhalen");
            assertThat(view.getPageTitle()).contains("Verhaal niet gevonden");
        }
    }

    @Test
    void the_overview_shows_the_newest_stories_with_the_way_to_the_library() {
        Story newest = story("Net verschenen", Set.of(), Duration.ofSeconds(1));
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        // the card's list is markup (issue 18): read as the browser gets it
        assertThat(AsRendered.of(getCurrentView().getElement()).select("a").eachAttr("href"))
                .contains("verhalen/" + newest.getSlug(), "verhalen");
    }

    @Test
    void the_library_shows_everyone_their_own_stories_and_the_newsletter_and_editors_the_review_queue() {
        navigate("verhalen", StoryLibraryView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("verhalen/nieuw", "verhalen/mijn", "verhalen/nieuwsbrief")
                .doesNotContain("verhalen/redactie", "verhalen/feed");

        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR, Role.MEDEWERKER);
        navigate("kennisbank", com.vaadin.flow.component.Component.class);
        navigate("verhalen", StoryLibraryView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("verhalen/redactie")
                .doesNotContain("verhalen/feed");
    }

    @Test
    void the_library_and_a_story_page_read_a_fixed_number_of_statements() {
        Story story = story("Gemeten", Set.of(ExperienceTheme.VERSLAVING), Duration.ofHours(1));
        story("Verwant gemeten", Set.of(ExperienceTheme.VERSLAVING), Duration.ofHours(2));
        // the page of cards with their reaction counts, in one statement
        assertThat(statementsToOpen("verhalen")).hasSize(1);
        // the reader's account; the story, its people, related stories, the reaction count and the reader's reaction
        assertThat(statementsToOpen("verhalen/" + story.getSlug())).hasSize(6);
    }
}
