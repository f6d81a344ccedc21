package nl.kwartiermaker.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void beheerder() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static byte[] image(String format) {
        return LogoFiles.picture(format, 60, 20);
    }

    @Test
    void a_beheerder_sets_the_name_and_a_png_or_jpeg_logo() {
        OrganisationSettings named = organisation.rename(organisation.settings().version(), "  Gemeente Noord  ");
        assertThat(named.name()).isEqualTo("Gemeente Noord");
        OrganisationSettings png = organisation.replaceLogo(named.version(), image("png"));
        assertThat(png.logoType()).isEqualTo("image/png");
        OrganisationSettings jpeg = organisation.replaceLogo(png.version(), image("jpg"));
        assertThat(jpeg.logoType()).isEqualTo("image/jpeg");
        BufferedImage stored = LogoFiles.decode(organisation.settings().logo());
        assertThat(stored.getWidth()).isEqualTo(60);
        assertThat(stored.getHeight()).isEqualTo(20);
        assertThat(organisation.removeLogo(jpeg.version()).hasLogo()).isFalse();
    }

    @Test
    void a_file_with_only_a_png_or_jpeg_signature_is_refused_and_the_old_logo_kept() {
        OrganisationSettings before = organisation.replaceLogo(organisation.settings().version(), image("png"));
        for (byte[] fake : new byte[][] {LogoFiles.pngSignatureOnly(), LogoFiles.jpegSignatureOnly()}) {
            assertThatThrownBy(() -> organisation.replaceLogo(before.version(), fake))
                    .isInstanceOf(InvalidInput.class).hasMessage("organisation.error.logo.unreadable");
        }
        assertThat(organisation.settings().logo()).isEqualTo(before.logo());
    }

    @Test
    void a_cut_off_png_or_jpeg_is_refused() {
        long version = organisation.settings().version();
        for (String format : new String[] {"png", "jpg"}) {
            byte[] cutOff = LogoFiles.cutOff(LogoFiles.picture(format, 200, 100));
            assertThatThrownBy(() -> organisation.replaceLogo(version, cutOff)).as(format)
                    .isInstanceOf(InvalidInput.class).hasMessage("organisation.error.logo.unreadable");
        }
    }

    @Test
    void a_picture_too_small_or_too_large_is_refused_with_its_size() {
        long version = organisation.settings().version();
        byte[] tiny = LogoFiles.picture("png", 8, 8);
        assertThatThrownBy(() -> organisation.replaceLogo(version, tiny)).isInstanceOf(InvalidInput.class)
                .hasMessage("organisation.error.logo.dimensions")
                .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(
                        OrganisationService.LOGO_MIN_SIDE, OrganisationService.LOGO_MAX_SIDE, 8, 8));
        byte[] wide = LogoFiles.picture("png", OrganisationService.LOGO_MAX_SIDE + 1, 20);
        assertThatThrownBy(() -> organisation.replaceLogo(version, wide)).isInstanceOf(InvalidInput.class)
                .hasMessage("organisation.error.logo.dimensions");
    }

    @Test
    void a_small_file_that_claims_a_huge_picture_is_refused_before_its_pixels_are_decoded() {
        long version = organisation.settings().version();
        // 100,000 × 100,000 pixels would take 40 GB to decode; the file is a few hundred bytes
        byte[] bomb = LogoFiles.pngClaiming(100_000, 100_000);
        assertThat(bomb.length).isLessThan(1024);
        assertTimeout(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> organisation.replaceLogo(version, bomb)).isInstanceOf(InvalidInput.class)
                .hasMessage("organisation.error.logo.dimensions")
                .satisfies(e -> assertThat(((InvalidInput) e).params()).endsWith(100_000, 100_000)));
    }

    @Test
    void a_png_is_stored_as_the_portals_own_encoding_without_what_was_hidden_in_the_file() {
        byte[] upload = LogoFiles.pngWithHiddenText("verborgen tekst", "<script>alert(1)</script>");
        OrganisationSettings saved = organisation.replaceLogo(organisation.settings().version(), upload);
        byte[] stored = organisation.settings().logo();
        assertThat(saved.logoType()).isEqualTo("image/png");
        assertThat(stored).isNotEqualTo(upload);
        assertThat(LogoFiles.contains(stored, "verborgen tekst")).isFalse();
        assertThat(LogoFiles.contains(stored, "<script>")).isFalse();
        assertSamePixels(LogoFiles.decode(stored), LogoFiles.decode(upload));
    }

    @Test
    void a_jpeg_is_stored_as_the_portals_own_encoding_without_its_metadata() {
        byte[] upload = LogoFiles.jpegWithComment("GPS 52.0907 5.1214");
        OrganisationSettings saved = organisation.replaceLogo(organisation.settings().version(), upload);
        byte[] stored = organisation.settings().logo();
        assertThat(saved.logoType()).isEqualTo("image/jpeg");
        assertThat(stored).isNotEqualTo(upload);
        assertThat(LogoFiles.contains(stored, "GPS")).isFalse();
        BufferedImage picture = LogoFiles.decode(stored);
        assertThat(picture.getWidth()).isEqualTo(64);
        assertThat(picture.getHeight()).isEqualTo(32);
    }

    @Test
    void a_broken_logo_already_in_the_database_is_left_out_reported_and_logged_once(CapturedOutput output) {
        OrganisationSettings named = organisation.rename(organisation.settings().version(), "Gemeente Oud");
        // as an upload before the check stored it: straight into the table, past the service
        byte[] broken = Arrays.copyOf(LogoFiles.pngSignatureOnly(), 64);
        broken[63] = (byte) System.nanoTime();
        jdbc.update("update organisation_profile set logo = ?, logo_type = 'image/png' where id = 1", broken);
        int before = output.getOut().length();
        for (int i = 0; i < 3; i++) {
            OrganisationSettings settings = organisation.settings();
            assertThat(settings.hasLogo()).isFalse();
            assertThat(settings.storedLogoUnreadable()).isTrue();
            assertThat(settings.name()).isEqualTo("Gemeente Oud");
        }
        String logged = output.getOut().substring(before);
        assertThat(logged.lines().filter(l -> l.contains("The stored organisation logo cannot be read"))).hasSize(1);
        assertThat(logged).doesNotContain("\tat ");
        organisation.removeLogo(named.version());
        assertThat(organisation.settings().storedLogoUnreadable()).isFalse();
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int x = 0; x < expected.getWidth(); x++) {
            for (int y = 0; y < expected.getHeight(); y++) {
                assertThat(actual.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    @Test
    void a_logo_of_another_type_or_too_large_is_refused_and_the_old_one_kept() {
        OrganisationSettings before = organisation.replaceLogo(organisation.settings().version(), image("png"));
        byte[] gif = image("gif");
        assertThatThrownBy(() -> organisation.replaceLogo(before.version(), gif))
                .isInstanceOf(InvalidInput.class).hasMessage("organisation.error.logo.type");
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes();
        assertThatThrownBy(() -> organisation.replaceLogo(before.version(), svg))
                .isInstanceOf(InvalidInput.class).hasMessage("organisation.error.logo.type");
        byte[] huge = Arrays.copyOf(image("png"), OrganisationService.LOGO_MAX_BYTES + 1);
        assertThatThrownBy(() -> organisation.replaceLogo(before.version(), huge))
                .isInstanceOf(InvalidInput.class).hasMessage("organisation.error.logo.size");
        assertThatThrownBy(() -> organisation.replaceLogo(before.version(), new byte[0]))
                .isInstanceOf(InvalidInput.class).hasMessage("organisation.error.logo.empty");
        assertThat(organisation.settings().logoType()).isEqualTo("image/png");
    }

    @Test
    void a_file_of_the_largest_allowed_size_is_taken_and_stored_without_its_padding() {
        byte[] largest = Arrays.copyOf(image("png"), OrganisationService.LOGO_MAX_BYTES);
        organisation.replaceLogo(organisation.settings().version(), largest);
        byte[] stored = organisation.settings().logo();
        assertThat(stored.length).isLessThan(OrganisationService.LOGO_MAX_BYTES / 10);
        assertSamePixels(LogoFiles.decode(stored), LogoFiles.decode(image("png")));
    }

    @Test
    void an_empty_or_long_name_is_refused() {
        long version = organisation.settings().version();
        assertThatThrownBy(() -> organisation.rename(version, " ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> organisation.rename(version, "x".repeat(OrganisationService.NAME_MAX + 1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_change_from_an_old_version_is_refused() {
        OrganisationSettings current = organisation.rename(organisation.settings().version(), "Eerste naam");
        organisation.rename(current.version(), "Tweede naam");
        assertThatThrownBy(() -> organisation.rename(current.version(), "Derde naam"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(organisation.settings().name()).isEqualTo("Tweede naam");
    }

    @Test
    void everyone_reads_but_only_a_beheerder_changes() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER, Role.HR_ADVISEUR);
        String name = organisation.settings().name();
        assertThat(name).isNotBlank();
        assertThatThrownBy(() -> organisation.rename(organisation.settings().version(), "Overgenomen"))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> organisation.settings())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(organisation.settings().name()).isEqualTo(name);
    }
}
