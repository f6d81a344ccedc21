package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.story.StoryLibraryService.Filter;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What searching the library and opening a story cost with 10,000 readable stories more: the same statements, and
 * only a page of rows read. The stories are written once, straight through JDBC in batches, and taken out again after
 * this class, so no other test sees them.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryLibraryCostTest {

    private static final String MARK = "many-stories-";
    private static final int MANY = 10_000;

    @Autowired
    StoryLibraryService library;
    @Autowired
    LibraryStories readable;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signedIn() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @AfterAll
    void removeManyStories() {
        String marked = "(select id from story where slug like '" + MARK + "%')";
        jdbc.update("delete from story_featured_person where story_id in " + marked);
        jdbc.update("delete from story where slug like ?", MARK + "%");
    }

    /** Readable on the intranet only (one client consented to it), published long ago, all about "veelverhaal". */
    private void manyStories() {
        Timestamp now = Timestamp.from(Instant.now());
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        List<Object[]> rows = IntStream.range(0, MANY).mapToObj(n -> new Object[] {MARK + n, "Veelverhaal " + n,
                "Samenvatting " + n, Timestamp.from(longAgo.plus(n, ChronoUnit.MINUTES)),
                "veelverhaal " + n + " een coordinator luisterde", now, now}).toList();
        jdbc.batchUpdate("insert into story (slug, title, summary, body, impact, themes, expert_roles, author_id,"
                + " status, publish_from, image_alt, content_fingerprint, search_text, version, created_at,"
                + " created_by, modified_at, modified_by) values (?, ?, ?, 'Tekst', 'Verschil', ',VERSLAVING,',"
                + " ',ONDERSTEUNER,', 1, 'PUBLISHED', ?, '', 'many', ?, 0, ?, 'test', ?, 'test')", rows);
        jdbc.update("insert into story_featured_person (story_id, name, relation, anonymise, consent_intranet,"
                + " consent_digest, consent_feed, consent_given_at, consent_fingerprint, answer_show, answer_sure,"
                + " version, created_at, created_by, modified_at, modified_by) select id, 'Anna', 'CLIENT', false,"
                + " true, false, false, ?, 'many', '', true, 0, ?, 'test', ?, 'test' from story where slug like ?",
                now, now, now, MARK + "%");
    }

    @Test
    void searching_and_opening_a_story_cost_the_same_statements_with_ten_thousand_stories_more() {
        Story story = readable.readable("Een coördinator luisterde", "Tekst", java.util.Set.of(
                ExperienceTheme.VERSLAVING), java.util.Set.of(), Instant.now().minusSeconds(60), "Anna", false);
        Filter search = new Filter(ExperienceTheme.VERSLAVING, null, "coordinator luisterde");
        List<String> fewSearch = StatementCounter.statementsOf(() -> library.library(search, 0));
        List<String> fewPage = StatementCounter.statementsOf(() -> library.story(story.getSlug()));

        manyStories();
        List<String> manySearch = StatementCounter.statementsOf(() -> library.library(search, 0));
        int rowsRead = StatementCounter.rowsReadBy(() -> library.library(search, 0));
        List<String> manyPage = StatementCounter.statementsOf(() -> library.story(story.getSlug()));
        var found = library.library(search, 0);

        // one statement for a page of cards, reaction counts included
        assertThat(fewSearch).hasSize(1);
        assertThat(manySearch).hasSize(1);
        assertThat(found.cards()).hasSize(StoryLibraryService.PAGE_SIZE);
        assertThat(found.more()).isTrue();
        assertThat(rowsRead).as("a page and one more, never all matches").isEqualTo(StoryLibraryService.PAGE_SIZE + 1);
        // the story, its people, related stories, the reaction count and whether the reader reacted (and the reader's
        // account, when it is not yet known in this request)
        assertThat(fewPage).filteredOn(sql -> !sql.contains("portal_user")).hasSize(5);
        assertThat(manyPage).filteredOn(sql -> !sql.contains("portal_user")).hasSize(5);
    }
}
