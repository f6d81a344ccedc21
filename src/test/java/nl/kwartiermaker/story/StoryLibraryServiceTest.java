package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.story.StoryLibraryService.Card;
import nl.kwartiermaker.story.StoryLibraryService.Filter;
import nl.kwartiermaker.traject.ExpertRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class StoryLibraryServiceTest {

    @Autowired
    StoryLibraryService library;
    @Autowired
    StoryReactionService reactions;
    @Autowired
    LibraryStories readable;
    @Autowired
    StoryFixture fixture;
    @Autowired
    PortalTime time;

    Instant now;
    /** A word only this test's stories contain, so a search finds exactly them among everyone else's. */
    String word;

    @BeforeEach
    void signedIn() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        now = time.now();
        word = "woord" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    Story story(String title, Set<ExperienceTheme> themes, Set<ExpertRole> roles, Duration ago) {
        return readable.readable(title + " " + word, "Een verhaal over " + word + ".", themes, roles,
                now.minus(ago), "Anna", false);
    }

    List<String> titles(Filter filter) {
        return library.library(filter, 0).cards().stream().map(Card::title).toList();
    }

    @Test
    void only_stories_readable_on_the_intranet_are_listed_and_found_by_slug() {
        Story shown = story("Zichtbaar", Set.of(), Set.of(), Duration.ofHours(1));

        Story draft = fixture.draft(1, "Concept " + word);
        Story withdrawn = story("Ingetrokken", Set.of(), Set.of(), Duration.ofHours(1));
        FeaturedPerson bram = fixture.featured(withdrawn, null, "Bram", FeaturedRelation.PARTNER);
        fixture.consent(bram, true, false, false, null, now.minusSeconds(30));
        fixture.withdraw(bram, now.minusSeconds(10), 1);
        Story expired = story("Verlopen", Set.of(), Set.of(), Duration.ofDays(3));
        fixture.published(expired, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)));
        Story later = story("Later", Set.of(), Set.of(), Duration.ofHours(-2));
        Story noIntranet = fixture.draft(1, "Alleen de feed " + word);
        fixture.consent(fixture.featured(noIntranet, null, "Cas", FeaturedRelation.CLIENT), false, true, true, null,
                now.minusSeconds(30));
        fixture.published(noIntranet, now.minus(Duration.ofHours(1)), null);

        assertThat(titles(new Filter(null, null, word))).containsExactly(shown.getTitle());
        assertThat(library.story(shown.getSlug())).isPresent();
        for (Story hidden : List.of(draft, withdrawn, expired, later, noIntranet)) {
            assertThat(library.story(hidden.getSlug())).as(hidden.getTitle()).isEmpty();
        }
        assertThat(library.story("bestaat-niet-" + word)).isEmpty();
    }

    @Test
    void the_library_lists_the_newest_first_and_filters_by_theme_and_role() {
        Story old = story("Oud", Set.of(ExperienceTheme.DAKLOOSHEID), Set.of(ExpertRole.ONDERZOEKER),
                Duration.ofDays(10));
        Story middle = story("Midden", Set.of(ExperienceTheme.DAKLOOSHEID, ExperienceTheme.VERSLAVING),
                Set.of(ExpertRole.ONDERSTEUNER), Duration.ofDays(5));
        Story newest = story("Nieuw", Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE), Set.of(ExpertRole.ONDERZOEKER),
                Duration.ofDays(1));

        assertThat(titles(new Filter(null, null, word)))
                .containsExactly(newest.getTitle(), middle.getTitle(), old.getTitle());
        assertThat(titles(new Filter(ExperienceTheme.DAKLOOSHEID, null, word)))
                .containsExactly(middle.getTitle(), old.getTitle());
        assertThat(titles(new Filter(null, ExpertRole.ONDERZOEKER, word)))
                .containsExactly(newest.getTitle(), old.getTitle());
        assertThat(titles(new Filter(ExperienceTheme.DAKLOOSHEID, ExpertRole.ONDERZOEKER, word)))
                .containsExactly(old.getTitle());
        assertThat(titles(new Filter(ExperienceTheme.DETENTIE, null, word))).isEmpty();
        Card card = library.library(new Filter(null, null, word), 0).cards().getFirst();
        assertThat(card.themes()).containsExactly(ExperienceTheme.SCHULDEN_EN_ARMOEDE);
        assertThat(card.summary()).isEqualTo("Samenvatting: " + newest.getTitle());
        assertThat(card.publishedAt()).isEqualTo(newest.getPublishFrom());
    }

    @Test
    void search_ignores_accents_case_and_word_order_and_every_word_counts() {
        Story coordinator = readable.readable("De coördinator luisterde " + word, "Over Één gesprek.", Set.of(),
                Set.of(), now.minusSeconds(3600), "Anna", false);
        story("Iets anders", Set.of(), Set.of(), Duration.ofHours(2));

        assertThat(titles(new Filter(null, null, "coordinator " + word))).containsExactly(coordinator.getTitle());
        assertThat(titles(new Filter(null, null, word.toUpperCase() + ", EEN gesprek?")))
                .containsExactly(coordinator.getTitle());
        assertThat(titles(new Filter(null, null, word + " bestaatniet"))).isEmpty();
        assertThat(library.library(new Filter(null, null, "a"), 0).cards()).as("one letter finds nothing").isEmpty();
    }

    @Test
    void the_library_comes_in_pages_that_say_whether_more_follow() {
        for (int i = 0; i < StoryLibraryService.PAGE_SIZE + 2; i++) {
            story("Verhaal " + i, Set.of(), Set.of(), Duration.ofMinutes(100 - i));
        }
        var first = library.library(new Filter(null, null, word), 0);
        var second = library.library(new Filter(null, null, word), 1);
        assertThat(first.cards()).hasSize(StoryLibraryService.PAGE_SIZE);
        assertThat(first.more()).isTrue();
        assertThat(second.cards()).hasSize(2);
        assertThat(second.more()).isFalse();
        assertThat(first.cards().getFirst().title()).startsWith("Verhaal " + (StoryLibraryService.PAGE_SIZE + 1));
        assertThat(second.cards().getLast().title()).startsWith("Verhaal 0 ");
    }

    @Test
    void a_story_page_shows_related_readable_stories_that_share_a_theme_or_role_the_most_shared_first() {
        Story story = story("Hoofdverhaal", Set.of(ExperienceTheme.JEUGDHULP, ExperienceTheme.DETENTIE),
                Set.of(ExpertRole.INITIATOR_VAN_VERNIEUWING), Duration.ofDays(1));
        Story all = story("Alles gedeeld", Set.of(ExperienceTheme.JEUGDHULP, ExperienceTheme.DETENTIE),
                Set.of(ExpertRole.INITIATOR_VAN_VERNIEUWING), Duration.ofDays(30));
        Story oneTheme = story("Een thema", Set.of(ExperienceTheme.JEUGDHULP), Set.of(), Duration.ofDays(2));
        Story role = story("Rol", Set.of(), Set.of(ExpertRole.INITIATOR_VAN_VERNIEUWING), Duration.ofDays(3));
        Story unrelated = story("Niets gedeeld", Set.of(ExperienceTheme.MANTELZORG), Set.of(ExpertRole.ONDERZOEKER),
                Duration.ofHours(1));
        Story hidden = fixture.draft(1, "Concept " + word);

        var page = library.story(story.getSlug()).orElseThrow();
        // other stories in the database may share a theme too, but none shares all three and is newer
        assertThat(page.related()).hasSize(StoryLibraryService.RELATED).extracting(Card::title)
                .startsWith(all.getTitle()).contains(oneTheme.getTitle(), role.getTitle())
                .doesNotContain(story.getTitle(), hidden.getTitle(), unrelated.getTitle());
    }

    @Test
    void a_story_page_names_people_unless_they_asked_to_stay_anonymous() {
        Story story = readable.readable("Met namen " + word, "Tekst", Set.of(), Set.of(), now.minusSeconds(600),
                "Anna de Vries", true);
        var page = library.story(story.getSlug()).orElseThrow();
        assertThat(page.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isNull();
            assertThat(p.relation()).isEqualTo(FeaturedRelation.CLIENT);
        });
        assertThat(page.body()).isEqualTo("Tekst");
        assertThat(page.traject()).isEmpty();

        Story named = readable.readable("Met naam " + word, "Tekst", Set.of(), Set.of(), now.minusSeconds(600),
                "Bram Jansen", false);
        assertThat(library.story(named.getSlug()).orElseThrow().people()).extracting(p -> p.name())
                .containsExactly("Bram Jansen");
    }

    @Test
    void a_reaction_counts_once_per_person_and_the_person_sees_they_reacted() {
        Story story = story("Geholpen", Set.of(), Set.of(), Duration.ofHours(1));
        assertThat(library.story(story.getSlug()).orElseThrow().reacted()).isFalse();

        assertThat(reactions.helped(story.getId())).isEqualTo(new StoryReactionService.Reactions(1, true));
        assertThat(reactions.helped(story.getId())).as("a second click").isEqualTo(
                new StoryReactionService.Reactions(1, true));
        var page = library.story(story.getSlug()).orElseThrow();
        assertThat(page.reactions()).isEqualTo(1);
        assertThat(page.reacted()).isTrue();

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(library.story(story.getSlug()).orElseThrow().reacted()).isFalse();
        assertThat(reactions.helped(story.getId()).count()).isEqualTo(2);
        assertThat(library.library(new Filter(null, null, word), 0).cards().getFirst().reactions()).isEqualTo(2);
    }

    @Test
    void nobody_reacts_to_a_story_that_may_not_be_read() {
        Story draft = fixture.draft(1, "Concept " + word);
        assertThatThrownBy(() -> reactions.helped(draft.getId())).isInstanceOf(InvalidInput.class);
    }

    @Autowired
    nl.kwartiermaker.traject.TrajectService trajecten;

    @Test
    void a_story_page_names_its_traject_for_a_reader_who_may_open_it() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var traject = trajecten.list(nl.kwartiermaker.traject.TrajectService.Filter.active()).getFirst();
        Story story = readable.linkedTo(story("Bij een traject", Set.of(), Set.of(), Duration.ofHours(1)),
                traject.id());

        assertThat(library.story(story.getSlug()).orElseThrow().traject())
                .contains(new StoryLibraryService.TrajectLink(traject.id(), traject.name()));
    }
}
