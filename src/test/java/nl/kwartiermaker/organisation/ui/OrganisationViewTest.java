package nl.kwartiermaker.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.organisation.LogoFiles;
import nl.kwartiermaker.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(OutputCaptureExtension.class)
class OrganisationViewTest extends BrowserlessViewTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_beheerder_renames_the_organisation_and_an_empty_name_is_refused_at_the_field() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UI.getCurrent().navigate("beheer/organisatie");
        OrganisationView view = (OrganisationView) getCurrentView();
        view.name.setValue(" ");
        test(view.saveName).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).startsWith("Vul de naam van de organisatie in");
        view.name.setValue("Gemeente Testdorp");
        test(view.saveName).click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(organisation.settings().name()).isEqualTo("Gemeente Testdorp");
    }

    @Test
    void the_upload_speaks_the_persons_language_not_vaadins_english() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UI.getCurrent().navigate("beheer/organisatie");
        UploadI18N texts = $(Upload.class).single().getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("Bestand kiezen…");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("Sleep het bestand hierheen");
        assertThat(texts.getFile().getRemove()).isNotBlank().doesNotContain("Remove");
    }

    @Test
    void a_file_that_is_no_picture_is_refused_with_a_message() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UI.getCurrent().navigate("beheer/organisatie");
        OrganisationView view = (OrganisationView) getCurrentView();
        asFromTheBrowser(() -> view.replaceLogo("GIF89a, geen logo".getBytes()));
        assertThat(notificationTexts()).contains("Dit is geen PNG- of JPEG-afbeelding.");
    }

    @Test
    void a_file_that_only_starts_like_a_png_is_refused_with_a_message_and_no_logo_is_shown() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        long version = organisation.settings().version();
        organisation.removeLogo(version);
        UI.getCurrent().navigate("beheer/organisatie");
        OrganisationView view = (OrganisationView) getCurrentView();
        asFromTheBrowser(() -> test(view.upload).upload("logo.png", "image/png", LogoFiles.pngSignatureOnly()));
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Dit bestand is geen volledige, leesbare afbeelding"))
                .noneMatch(t -> t.equals("Het logo is opgeslagen."));
        assertThat($(Image.class).all()).isEmpty();
        assertThat(organisation.settings().hasLogo()).isFalse();
    }

    @Test
    void an_upload_past_the_size_limit_is_refused_with_the_size_message_and_logged_once(CapturedOutput output) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UI.getCurrent().navigate("beheer/organisatie");
        OrganisationView view = (OrganisationView) getCurrentView();
        int before = output.getOut().length();
        // what a request sent past the browser's own size check delivers
        byte[] tooLarge = new byte[4 * OrganisationService.LOGO_MAX_BYTES];
        test(view.upload).upload("groot.png", "image/png", tooLarge);
        assertThat(notificationTexts()).contains("Het logo is te groot: hoogstens 512 kB.");
        String logged = output.getOut().substring(before);
        assertThat(logged.lines().filter(l -> l.contains("WARN") || l.contains("ERROR"))).hasSize(1);
        assertThat(logged).contains("Logo upload refused").doesNotContain("\tat ");
    }

    @Test
    void a_broken_logo_already_stored_is_pointed_out_and_can_be_removed() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        organisation.replaceLogo(organisation.settings().version(), LogoFiles.picture("png", 40, 40));
        jdbc.update("update organisation_profile set logo = ? where id = 1", LogoFiles.cutOff(
                LogoFiles.picture("png", 300, 100)));
        UI.getCurrent().navigate("beheer/organisatie");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith(
                "Het opgeslagen logo is geen leesbare afbeelding"));
        assertThat($(Image.class).all()).isEmpty();
        test($(Button.class).withText("Logo verwijderen").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(organisation.settings().storedLogoUnreadable()).isFalse();
        assertThat(notificationTexts()).contains("Het logo is verwijderd.");
    }
}
