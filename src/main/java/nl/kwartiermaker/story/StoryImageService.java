package nl.kwartiermaker.story;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A story's picture: checked, re-encoded and stored in a few widths under a generated name (see {@link StoryPicture}),
 * and served to people signed in. The author changes the picture while the story is a draft, an editor at any time;
 * like any change to what is published, it makes the story need everyone's consent again (the content fingerprint
 * covers the picture's name and alt text). An old picture's widths are deleted with it, so a withdrawn photo is gone.
 */
@Service
@Transactional(readOnly = true)
public class StoryImageService {

    /** Names are 24 URL-safe characters from 144 random bits: unguessable, so a name is no way to find a draft. */
    private static final int NAME_BYTES = 18;
    private static final Logger log = LoggerFactory.getLogger(StoryImageService.class);

    private final StoryRepository stories;
    private final StoryImageRepository images;
    private final StoryAccess access;
    private final ConsentRenewal consentRenewal;
    private final PortalTime time;
    private final int maxBytes;
    private final SecureRandom random = new SecureRandom();

    StoryImageService(StoryRepository stories, StoryImageRepository images, StoryAccess access,
                      ConsentRenewal consentRenewal, PortalTime time,
                      @Value("${kwartiermaker.story.image.max-bytes:8388608}") int maxBytes) {
        this.stories = stories;
        this.images = images;
        this.access = access;
        this.consentRenewal = consentRenewal;
        this.time = time;
        this.maxBytes = maxBytes;
    }

    /** The address of a picture in one of the standard widths, for an {@code img} element. */
    public static String path(String name, int width) {
        // relative, so the address still works when the portal runs under a context path
        return StoryImageController.PATH.substring(1) + name + "?w=" + width;
    }

    /** The largest file taken, in bytes; the upload reads no more than one byte past it. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public int maxBytes() {
        return maxBytes;
    }

    /** The story as its picture field shows it: only for someone who may change the picture. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Story editableStory(long storyId) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.image.error.not_found"));
        return editable(story.getId(), story.getVersion());
    }

    /**
     * Replaces the story's picture with this upload and its alt text.
     *
     * @throws InvalidInput when the file is too large, no picture, of a type not taken, too large in pixels, or
     *                      damaged, or when the alt text is missing or too long
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional
    public Story attach(long storyId, long expectedVersion, String fileName, byte[] file, String alt) {
        Story story = editable(storyId, expectedVersion);
        String altText = requireAlt(alt);
        if (file == null || file.length == 0) {
            throw new InvalidInput("story.image.error.empty");
        }
        if (file.length > maxBytes) {
            throw new InvalidInput("story.image.error.size", maxBytes / (1024 * 1024));
        }
        List<StoryPicture.Variant> variants;
        try {
            variants = StoryPicture.of(file);
        } catch (InvalidInput refused) {
            log.info("Story image refused ({}): {} bytes named {}", refused.messageKey(), file.length,
                    fileName == null ? "" : fileName.replaceAll("[^\\w.\\- ]", "_"));
            throw refused;
        }
        String name = newName();
        for (StoryPicture.Variant variant : variants) {
            images.save(new StoryImage(name, variant, time.now()));
        }
        String previous = story.getImageName();
        String before = story.getContentFingerprint();
        story.setImage(name, altText);
        if (previous != null) {
            images.deleteByName(previous);
        }
        return changed(story, before);
    }

    /** Changes only the alt text of the story's picture. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional
    public Story describe(long storyId, long expectedVersion, String alt) {
        Story story = editable(storyId, expectedVersion);
        InvalidInput.require(story.getImageName() != null, "story.image.error.none");
        String before = story.getContentFingerprint();
        story.setImage(story.getImageName(), requireAlt(alt));
        return changed(story, before);
    }

    /** Takes the picture off the story and deletes it. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional
    public Story remove(long storyId, long expectedVersion) {
        Story story = editable(storyId, expectedVersion);
        String previous = story.getImageName();
        String before = story.getContentFingerprint();
        story.setImage(null, "");
        if (previous != null) {
            images.deleteByName(previous);
        }
        return changed(story, before);
    }

    /** The picture is part of what people consented to: whoever consented to the old one is asked again. */
    private Story changed(Story story, String fingerprintBefore) {
        Story saved = stories.save(story);
        consentRenewal.afterChange(saved, fingerprintBefore, access.me().id());
        return saved;
    }

    /**
     * The stored width that best fits {@code width}: the largest not wider, or else the smallest there is (a picture
     * narrower than every standard width is stored only in its own width).
     */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Optional<StoryImageFile> load(String name, int width) {
        List<StoryImage> widths = images.findByNameOrderByWidthAsc(name);
        return widths.stream().filter(image -> image.getWidth() <= width).max(Comparator.comparingInt(
                StoryImage::getWidth)).or(() -> widths.stream().findFirst())
                .map(image -> new StoryImageFile(image.getBytes(), image.getContentType(), image.getWidth(),
                        image.getHeight()));
    }

    private Story editable(long storyId, long expectedVersion) {
        Story story = stories.findById(storyId).orElseThrow(() -> new InvalidInput("story.image.error.not_found"));
        boolean mayEdit = access.isEditor() || (access.isAuthor(story) && story.getStatus() == StoryStatus.DRAFT);
        if (!mayEdit) {
            throw new org.springframework.security.access.AccessDeniedException("Not this story's editor");
        }
        story.requireVersion(expectedVersion);
        return story;
    }

    private static String requireAlt(String alt) {
        String text = alt == null ? "" : alt.strip();
        InvalidInput.require(!text.isEmpty(), "story.image.error.alt");
        InvalidInput.require(text.length() <= Story.ALT_MAX, "story.image.error.alt_length", Story.ALT_MAX);
        return text;
    }

    private String newName() {
        byte[] bytes = new byte[NAME_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
