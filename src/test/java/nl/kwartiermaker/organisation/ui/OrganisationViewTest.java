package nl.kwartiermaker.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationViewTest extends BrowserlessViewTest {

    @Autowired
    OrganisationService organisation;

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
    void a_file_that_is_no_picture_is_refused_with_a_message() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UI.getCurrent().navigate("beheer/organisatie");
        OrganisationView view = (OrganisationView) getCurrentView();
        view.replaceLogo("GIF89a, geen logo".getBytes());
        assertThat(notificationTexts()).contains("Dit is geen PNG- of JPEG-afbeelding.");
    }
}
