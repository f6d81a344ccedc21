package nl.kwartiermaker.story;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Atom feed's address. The security filter chain lets everyone through to it (see SecurityConfig); the service
 * decides who may read it. Anyone else gets "not found", which tells nothing about whether a feed exists.
 */
@RestController
class StoryFeedController {

    static final String PATH = "/verhalen/feed.atom";
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final StoryFeedService feeds;

    StoryFeedController(StoryFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(@RequestParam(name = "token", required = false) String token) {
        return feeds.feed(token)
                .map(atom -> ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache())
                        .header("X-Content-Type-Options", "nosniff").body(atom))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
