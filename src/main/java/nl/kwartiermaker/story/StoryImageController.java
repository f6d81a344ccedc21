package nl.kwartiermaker.story;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a story's picture to people signed in (the security filter chain turns anyone else away before this). A name
 * never changes its bytes, so the browser may keep it for a year; "private", because it is behind a sign-in. The
 * portal's own encoding is sent with its true type and nosniff, so no browser takes it for anything else.
 */
@RestController
class StoryImageController {

    static final String PATH = "/verhalen/afbeelding/";

    private final StoryImageService images;

    StoryImageController(StoryImageService images) {
        this.images = images;
    }

    @GetMapping(PATH + "{name}")
    ResponseEntity<byte[]> image(@PathVariable String name, @RequestParam(name = "w", defaultValue = "960") int width) {
        if (!name.matches("[A-Za-z0-9_-]{1,40}")) {
            return ResponseEntity.notFound().build();
        }
        return images.load(name, width)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
