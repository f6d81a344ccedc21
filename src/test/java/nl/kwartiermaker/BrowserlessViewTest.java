package nl.kwartiermaker;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Views in the test JVM with the real services and database, signed in as whoever the test says. */
@PortalTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /**
     * Clicks as a browser does: a failure in a listener reaches the session's error handler — the portal's one error
     * path (base.ui.UiSetup) — as it does for a request from a browser, instead of being thrown at the test.
     */
    protected void click(Button button) {
        asFromTheBrowser(() -> test(button).click());
    }

    /** Runs what a browser request would, with a failure handed to the session's error handler as Vaadin does. */
    protected void asFromTheBrowser(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
            MockVaadin.clientRoundtrip();
        }
    }

    /** The rows of SQL results that opening a route reads, as {@link #statementsToOpen} counts its statements. */
    protected int rowsToOpen(String route) {
        return StatementCounter.rowsReadBy(() -> statementsToOpen(route));
    }

    protected List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    /**
     * The SQL statements that opening a route costs, with its first page of grid rows, as in a browser. Each call
     * starts from the 404 page, which reads nothing, so two calls for the same route can be compared.
     */
    protected List<String> statementsToOpen(String route) {
        UI.getCurrent().navigate("statement-count-start");
        // a browser sends a new request; the test's one mock request would keep the signed-in person cached
        VaadinRequest.getCurrent().removeAttribute("nl.kwartiermaker.user.SignedInPortalUser");
        return StatementCounter.statementsOf(() -> {
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip();
        });
    }
}
