package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A story's picture is taken only as a real PNG, JPEG or WebP, and kept only as the portal's own encoding. */
@DatabaseTest
@org.springframework.test.context.event.RecordApplicationEvents
class StoryImageServiceTest {

    @Autowired
    StoryImageService images;
    @Autowired
    StoryImageRepository stored;
    @Autowired
    StoryFixture fixture;
    @Autowired
    UserService users;
    @Autowired
    nl.kwartiermaker.base.PortalTime time;
    @Autowired
    StoryRepository storyRepository;
    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    UserAccount author;
    Story story;

    @BeforeEach
    void aDraftOfItsAuthor() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        author = users.create(new UserService.NewUser("auteur-" + UUID.randomUUID() + "@test.nl", "Auteur",
                java.util.EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        story = fixture.draft(author.id(), "Beeld");
        TestAccounts.signInAs(author);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    Story attach(String fileName, byte[] file) {
        return images.attach(story.getId(), fixture.reload(story).getVersion(), fileName, file, "Twee mensen aan tafel");
    }

    void refused(String fileName, byte[] file, String messageKey) {
        assertThatThrownBy(() -> attach(fileName, file)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(messageKey);
        assertThat(fixture.reload(story).getImageName()).isNull();
    }

    List<StoryImage> storedWidths(Story withImage) {
        return stored.findByNameOrderByWidthAsc(withImage.getImageName());
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void a_new_picture_after_consent_takes_the_story_off_and_asks_the_featured_expert_again() {
        attach("eerste.png", TestPictures.png(600, 300));
        FeaturedPerson expert = fixture.consent(fixture.featured(story, author.id(), "Auteur zelf",
                FeaturedRelation.EXPERT), true, true, true, null, time.now());
        fixture.published(story, time.now().minusSeconds(60), null);
        assertThat(visibleOnIntranet()).isTrue();

        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR, Role.MEDEWERKER);
        images.attach(story.getId(), fixture.reload(story).getVersion(), "tweede.png", TestPictures.png(600, 300),
                "Een ander beeld");

        assertThat(visibleOnIntranet()).as("the consent covered the first picture").isFalse();
        assertThat(events.stream(ConsentRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.featuredPersonId()).isEqualTo(expert.getId()));
    }

    boolean visibleOnIntranet() {
        return storyRepository.findVisible(time.now(), time.today(), true, false, false).stream()
                .anyMatch(s -> s.getId().equals(story.getId()));
    }

    @Test
    void an_svg_with_a_script_is_refused_as_a_type_the_portal_does_not_take() {
        refused("tekening.svg", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8), "story.image.error.type");
        refused("tekening.png", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "story.image.error.type");
    }

    @Test
    void a_gif_is_refused_as_a_type_the_portal_does_not_take() {
        refused("bewegend.gif", TestPictures.gif(40, 40), "story.image.error.type");
    }

    @Test
    void a_text_file_named_png_is_refused_as_no_image() {
        refused("foto.png", "Dit is geen foto maar tekst.".getBytes(StandardCharsets.UTF_8),
                "story.image.error.not_an_image");
        refused("pagina.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "story.image.error.not_an_image");
    }

    @Test
    void a_file_past_the_size_limit_is_refused_before_it_is_read() {
        byte[] huge = TestPictures.concat(TestPictures.png(10, 10), new byte[images.maxBytes()]);
        refused("groot.png", huge, "story.image.error.size");
    }

    @Test
    void a_header_claiming_huge_dimensions_is_refused_without_decoding() {
        refused("bom.png", TestPictures.pngHeaderClaiming(100_000, 100_000), "story.image.error.dimensions");
        refused("lang.png", TestPictures.pngHeaderClaiming(StoryPicture.MAX_SIDE + 1, 10),
                "story.image.error.dimensions");
        refused("veel.png", TestPictures.pngHeaderClaiming(7_000, 7_000), "story.image.error.dimensions");
    }

    @Test
    void a_cut_off_picture_is_refused_as_damaged() {
        byte[] jpeg = TestPictures.jpeg(200, 100);
        refused("half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "story.image.error.unreadable");
    }

    @Test
    void a_polyglot_png_with_html_appended_is_kept_only_as_the_portals_own_encoding() {
        byte[] polyglot = TestPictures.concat(TestPictures.png(300, 200),
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));

        Story saved = attach("plaatje.png", polyglot);

        assertThat(storedWidths(saved)).isNotEmpty().allSatisfy(image -> {
            assertThat(contains(image.getBytes(), "<script")).isFalse();
            assertThat(contains(image.getBytes(), "alert")).isFalse();
        });
    }

    @Test
    void the_gps_position_in_a_photos_exif_data_is_not_stored() throws IOException {
        byte[] photo = TestPictures.jpegWithExif(1200, 800, "52.3702N 4.8952E");
        assertThat(contains(photo, "52.3702N")).as("the test photo carries the position").isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(photo))).as("and is a readable JPEG").isNotNull();

        Story saved = attach("foto.jpg", photo);

        assertThat(storedWidths(saved)).isNotEmpty().allSatisfy(image -> {
            assertThat(contains(image.getBytes(), "52.3702N")).isFalse();
            assertThat(contains(image.getBytes(), "Exif")).isFalse();
            assertThat(image.getContentType()).isEqualTo("image/jpeg");
        });
    }

    @Test
    void a_large_picture_is_stored_in_the_three_widths() throws IOException {
        Story saved = attach("breed.jpg", TestPictures.jpeg(2000, 1000));

        assertThat(storedWidths(saved)).extracting(StoryImage::getWidth).containsExactly(480, 960, 1440);
        StoryImage card = storedWidths(saved).getFirst();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(card.getBytes()));
        assertThat(decoded.getWidth()).isEqualTo(480);
        assertThat(decoded.getHeight()).isEqualTo(240);
        assertThat(saved.getImageName()).matches("[A-Za-z0-9_-]{24}");
        assertThat(saved.getImageAlt()).isEqualTo("Twee mensen aan tafel");
    }

    @Test
    void a_small_picture_is_never_made_larger() {
        Story saved = attach("klein.png", TestPictures.png(600, 300));

        assertThat(storedWidths(saved)).extracting(StoryImage::getWidth).containsExactly(480, 600);
        assertThat(images.load(saved.getImageName(), 1440).orElseThrow().width()).isEqualTo(600);
        assertThat(images.load(saved.getImageName(), 480).orElseThrow().width()).isEqualTo(480);
    }

    @Test
    void a_webp_is_read_and_stored_as_png_or_jpeg() {
        Story saved = attach("foto.webp", TestPictures.WEBP);

        assertThat(storedWidths(saved)).singleElement().satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(1);
            assertThat(image.getContentType()).isIn("image/png", "image/jpeg");
        });
    }

    @Test
    void a_picture_needs_its_alt_text() {
        assertThatThrownBy(() -> images.attach(story.getId(), fixture.reload(story).getVersion(), "foto.png",
                TestPictures.png(100, 100), "  ")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("story.image.error.alt");
    }

    @Test
    void a_new_picture_replaces_the_old_one_which_is_deleted_and_the_story_needs_consent_again() {
        Story first = attach("een.png", TestPictures.png(100, 100));
        String firstName = first.getImageName();
        String fingerprint = first.getContentFingerprint();

        Story second = attach("twee.png", TestPictures.png(120, 100));

        assertThat(second.getImageName()).isNotEqualTo(firstName);
        assertThat(stored.findByNameOrderByWidthAsc(firstName)).isEmpty();
        assertThat(images.load(firstName, 480)).isEmpty();
        assertThat(second.getContentFingerprint()).isNotEqualTo(fingerprint);
    }

    @Test
    void removing_the_picture_deletes_it() {
        Story withImage = attach("een.png", TestPictures.png(100, 100));

        Story without = images.remove(story.getId(), withImage.getVersion());

        assertThat(without.getImageName()).isNull();
        assertThat(stored.findByNameOrderByWidthAsc(withImage.getImageName())).isEmpty();
    }

    @Test
    void someone_else_may_not_change_the_picture_of_a_draft() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount colleague = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(colleague);

        assertThatThrownBy(() -> attach("een.png", TestPictures.png(100, 100)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_author_may_not_change_the_picture_once_the_story_left_draft_but_an_editor_may() {
        fixture.published(story, time.now(), null);

        assertThatThrownBy(() -> attach("een.png", TestPictures.png(100, 100)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(attach("een.png", TestPictures.png(100, 100)).getImageName()).isNotNull();
    }
}
