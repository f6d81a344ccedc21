package nl.kwartiermaker;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Views in the test JVM with the real services and database, signed in as whoever the test says. */
@PortalTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    protected List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
