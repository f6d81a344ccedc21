package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed: valid Atom 1.0, only stories with feed consent, and only for whoever may read it. */
@DatabaseTest
class StoryFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    StoryFeedService feeds;
    @Autowired
    StoryFixture fixture;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;

    String token;

    @BeforeEach
    void aPrivateFeedWithAToken() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        feeds.makePublic(false);
        token = feeds.newToken();
    }

    @AfterEach
    void signOut() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        feeds.makePublic(false);
        SignedIn.nobody();
    }

    Story publishedWithConsent(String title, boolean feed, boolean anonymise) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        Story story = fixture.published(fixture.draft(1L, title), time.now(), null);
        FeaturedPerson person = fixture.featured(story, null, "Geheime Naam " + story.getSlug(),
                FeaturedRelation.CLIENT);
        fixture.consent(person, true, true, feed, null, time.now());
        return story;
    }

    Document parsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(found.getLength()).as(name + " in " + parent.getLocalName()).isPositive();
        return found.item(0).getTextContent();
    }

    List<String> entryTitles(Document feed) {
        NodeList entries = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(child((Element) entries.item(i), "title"));
        }
        return titles;
    }

    String feedWithToken() {
        SignedIn.nobody();
        return feeds.feed(token).orElseThrow();
    }

    @Test
    void the_feed_is_atom_with_the_required_elements_and_summaries_only() throws Exception {
        Story story = publishedWithConsent("Atom", true, false);

        Document feed = parsed(feedWithToken());

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).endsWith("/verhalen/feed.atom");
        assertThat(child(root, "title")).isNotBlank();
        assertThat(child(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(child((Element) root.getElementsByTagNameNS(ATOM, "author").item(0), "name"))
                .isEqualTo("Kwartiermaker");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isBetween(1, StoryFeedService.SIZE);
        Element mine = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).isNotBlank();
            assertThat(child(entry, "updated")).isNotBlank();
            assertThat(entry.getElementsByTagNameNS(ATOM, "link").getLength()).isEqualTo(1);
            assertThat(entry.getElementsByTagNameNS(ATOM, "content").getLength()).isZero();
            if (child(entry, "title").equals(story.getTitle())) {
                mine = entry;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(child(mine, "summary")).isEqualTo(story.getSummary());
        assertThat(((Element) mine.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .endsWith("/verhalen/" + story.getSlug());
        assertThat(feedWithToken()).doesNotContain("Geheime Naam", story.getBody());
    }

    @Test
    void a_story_without_feed_consent_is_not_in_the_feed_and_a_withdrawn_one_leaves_it_at_once() throws Exception {
        Story feed = publishedWithConsent("Feed", true, false);
        Story notForFeed = publishedWithConsent("Geen feed", false, false);
        assertThat(entryTitles(parsed(feedWithToken()))).contains(feed.getTitle())
                .doesNotContain(notForFeed.getTitle());

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        fixture.withdraw(fixture.featuredOf(feed).getFirst(), time.now(), 1L);

        assertThat(entryTitles(parsed(feedWithToken()))).doesNotContain(feed.getTitle());
    }

    @Test
    void without_a_session_the_feed_needs_the_current_token_unless_it_is_public() {
        SignedIn.nobody();
        assertThat(feeds.feed(null)).isEmpty();
        // another token of the same form (one character changed; a random token may itself begin with "x")
        assertThat(feeds.feed((token.charAt(0) == 'x' ? "y" : "x") + token.substring(1))).isEmpty();
        assertThat(feeds.feed(token)).isPresent();

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String newer = feeds.newToken();
        SignedIn.nobody();
        assertThat(feeds.feed(token)).as("the old token after a new one was made").isEmpty();
        assertThat(feeds.feed(newer)).isPresent();

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        feeds.makePublic(true);
        SignedIn.nobody();
        assertThat(feeds.feed(null)).isPresent();
    }

    @Test
    void someone_signed_in_reads_the_feed_without_a_token() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(feeds.feed(null)).isPresent();
    }

    @Test
    void only_the_hash_of_the_feed_token_is_stored() {
        assertThat(jdbc.queryForObject("select token_hash from story_feed_setting", String.class))
                .isEqualTo(SecretTokens.hash(token)).isNotEqualTo(token);
    }
}
