package nl.kwartiermaker.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@DatabaseTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisation;

    @BeforeEach
    void beheerder() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void a_beheerder_sets_the_name_and_a_png_or_jpeg_logo() throws IOException {
        OrganisationSettings named = organisation.rename(organisation.settings().version(), "  Gemeente Noord  ");
        assertThat(named.name()).isEqualTo("Gemeente Noord");
        OrganisationSettings png = organisation.replaceLogo(named.version(), image("png"));
        assertThat(png.logoType()).isEqualTo("image/png");
        OrganisationSettings jpeg = organisation.replaceLogo(png.version(), image("jpg"));
        assertThat(jpeg.logoType()).isEqualTo("image/jpeg");
        assertThat(organisation.settings().logo()).isEqualTo(image("jpg"));
        assertThat(organisation.removeLogo(jpeg.version()).hasLogo()).isFalse();
    }

    @Test
    void a_logo_of_another_type_or_too_large_is_refused_and_the_old_one_kept() throws IOException {
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
    void a_logo_of_the_largest_allowed_size_is_stored_whole() throws IOException {
        byte[] largest = Arrays.copyOf(image("png"), OrganisationService.LOGO_MAX_BYTES);
        organisation.replaceLogo(organisation.settings().version(), largest);
        assertThat(organisation.settings().logo()).isEqualTo(largest);
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
        assertThat(organisation.settings()).isNotNull();
        assertThatThrownBy(() -> organisation.rename(organisation.settings().version(), "Overgenomen"))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> organisation.settings()).isInstanceOf(Exception.class);
    }
}
