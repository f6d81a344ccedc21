package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.Test;

class NoticesTest extends BrowserlessViewTest {

    @Test
    void an_error_stays_until_closed_but_never_covers_the_next_screen_and_success_closes_by_itself() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate(DashboardView.class);
        Notification error = Notices.error("Dat ging mis.");
        Notification success = Notices.success("Opgeslagen.");
        assertThat(error.getDuration()).isZero();
        assertThat(success.getDuration()).isPositive();
        // the notices reach the browser with the answer to the request that opened them
        MockVaadin.clientRoundtrip();
        assertThat(error.isOpened()).isTrue();

        UI.getCurrent().navigate("kennisbank");

        assertThat(error.isOpened()).isFalse();
    }
}
