package nl.kwartiermaker;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.kwartiermaker.base.ui.MainLayout;
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
     * The SQL statements that opening a route from the menu costs, with its first page of grid rows, as in a browser:
     * the portal's frame (header, menu) is already there, so only the view is counted. Each call starts from an
     * empty page inside the frame, which reads nothing, so two calls for the same route can be compared.
     */
    protected List<String> statementsToOpen(String route) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isPathAvailable(EmptyPage.ROUTE)) {
            routes.setRoute(EmptyPage.ROUTE, EmptyPage.class, MainLayout.class);
        }
        return statementsFrom(EmptyPage.ROUTE, route);
    }

    /**
     * The SQL statements that loading a page at this route costs: the frame is built too (its header counts the
     * person's tasks and unread notifications). Starts from the 404 page, outside the frame, which reads nothing.
     */
    protected List<String> statementsToLoad(String route) {
        return statementsFrom("statement-count-start", route);
    }

    private List<String> statementsFrom(String start, String route) {
        UI.getCurrent().navigate(start);
        MockVaadin.clientRoundtrip();
        // a browser sends a new request; the test's one mock request would keep the signed-in person cached
        VaadinRequest.getCurrent().removeAttribute("nl.kwartiermaker.user.SignedInPortalUser");
        return StatementCounter.statementsOf(() -> {
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip();
        });
    }

    /** A page inside the portal's frame that shows and reads nothing: where counting statements starts. */
    @PermitAll
    public static class EmptyPage extends Div {
        static final String ROUTE = "statement-count-empty";
    }
}
