package nl.kwartiermaker.story;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Atom feed of stories for other intranet pages: the newest {@value #SIZE} stories that may be read on the feed
 * channel now (the one visibility rule, so a withdrawn story leaves it at once), each with its title, summary and link
 * only: no body and no names of the people in it. Someone signed in reads it; without a session only with the feed
 * token, or when the Beheerder made the feed public.
 */
@Service
@Transactional(readOnly = true)
public class StoryFeedService {

    static final int SIZE = 20;
    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** What the Beheerder sees of the setting: never the token, which is shown only once when made. */
    public record FeedSettings(boolean publicFeed, boolean hasToken) {
    }

    private final StoryFeedSettingRepository settings;
    private final StoryRepository stories;
    private final SignedInUser signedInUser;
    private final PortalAddress address;
    private final PortalTime time;

    StoryFeedService(StoryFeedSettingRepository settings, StoryRepository stories, SignedInUser signedInUser,
                     PortalAddress address, PortalTime time) {
        this.settings = settings;
        this.stories = stories;
        this.signedInUser = signedInUser;
        this.address = address;
        this.time = time;
    }

    @PreAuthorize(Access.BEHEERDER)
    public FeedSettings settings() {
        return settings.findById(StoryFeedSetting.THE_ONE)
                .map(s -> new FeedSettings(s.isPublicFeed(), s.getTokenHash() != null))
                .orElse(new FeedSettings(false, false));
    }

    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public FeedSettings makePublic(boolean publicFeed) {
        setting().makePublic(publicFeed, time.now());
        return settings();
    }

    /** Makes a new feed token, which replaces the old one; returned this once, only its hash is kept. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public String newToken() {
        String token = SecretTokens.newToken();
        setting().newTokenHash(SecretTokens.hash(token), time.now());
        return token;
    }

    /** The feed's address with a token, for the Beheerder to hand to the pages that show it. */
    @PreAuthorize(Access.BEHEERDER)
    public String addressWith(String token) {
        return address.forMail(StoryFeedController.PATH + "?token=" + token);
    }

    /**
     * The feed as Atom 1.0, for someone signed in, anyone when the feed is public, or whoever brings the feed token;
     * empty for everyone else.
     */
    @PreAuthorize(Access.ANYONE)
    public Optional<String> feed(String token) {
        if (!mayRead(token)) {
            return Optional.empty();
        }
        List<Story> newest = stories.findVisiblePage(time.now(), time.today(), false, false, true,
                PageRequest.of(0, SIZE));
        return Optional.of(atom(newest));
    }

    private boolean mayRead(String token) {
        if (signedInUser.current().isPresent()) {
            return true;
        }
        Optional<StoryFeedSetting> setting = settings.findById(StoryFeedSetting.THE_ONE);
        if (setting.isEmpty()) {
            return false;
        }
        if (setting.get().isPublicFeed()) {
            return true;
        }
        return SecretTokens.wellFormed(token) && setting.get().getTokenHash() != null
                && java.security.MessageDigest.isEqual(setting.get().getTokenHash().getBytes(),
                SecretTokens.hash(token).getBytes());
    }

    private StoryFeedSetting setting() {
        return settings.findById(StoryFeedSetting.THE_ONE)
                .orElseGet(() -> settings.save(new StoryFeedSetting(time.now())));
    }

    private String atom(List<Story> newest) {
        Instant feedUpdated = newest.stream().map(StoryFeedService::updated).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", address.forMail(StoryFeedController.PATH));
            element(xml, "title", "Kwartiermaker: verhalen");
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(feedUpdated));
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", "Kwartiermaker");
            xml.writeEndElement();
            link(xml, "self", address.forMail(StoryFeedController.PATH));
            link(xml, "alternate", address.forMail("/verhalen"));
            for (Story story : newest) {
                String page = address.forMail("/verhalen/" + story.getSlug());
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", page);
                element(xml, "title", story.getTitle());
                link(xml, "alternate", page);
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(story.getPublishFrom()));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated(story)));
                element(xml, "summary", story.getSummary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the story feed", e);
        }
        return text.toString();
    }

    /** When a reader should look again: the later of publication and the last change. */
    private static Instant updated(Story story) {
        Instant published = story.getPublishFrom();
        Instant modified = story.getModifiedAt();
        return modified == null || modified.isBefore(published) ? published : modified;
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        // XML 1.0 has no place for most control characters; a story's text never needs them
        xml.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeStartElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }
}
