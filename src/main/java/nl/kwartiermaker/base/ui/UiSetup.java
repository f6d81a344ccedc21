package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import nl.kwartiermaker.base.DatabaseOutage;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: the language (the person's saved choice, else Dutch), the page's {@code lang} attribute that
 * follows it, and the one error handler that turns any uncaught failure into a single friendly message.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    private final SignedInUser signedInUser;

    UiSetup(SignedInUser signedInUser) {
        this.signedInUser = signedInUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html")
                .attr("lang", localeFor(VaadinSession.getCurrent()).getLanguage()));
        VaadinService service = event.getSource();
        service.addSessionInitListener(e -> e.getSession().setErrorHandler(this::handle));
        // Vaadin closes an idle session (vaadin.closeIdleSessions) but leaves the HTTP session, and with it the
        // sign-in, in place; ending that too makes the idle timeout a real sign-out.
        service.addSessionDestroyListener(e -> {
            WrappedSession httpSession = e.getSession().getSession();
            if (httpSession != null) {
                try {
                    httpSession.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    log.debug("HTTP session already ended");
                }
            }
        });
        service.addUIInitListener(e -> {
            UI ui = e.getUI();
            Locale locale = localeFor(ui.getSession());
            ui.setLocale(locale);
            // an error notice stays until it is closed, but it belongs to the screen it came from
            ui.addAfterNavigationListener(navigation -> Notices.closeErrors(ui));
            // the error page outside Vaadin cannot ask the database for the person's language: it reads this
            WrappedSession httpSession = ui.getSession().getSession();
            if (httpSession != null) {
                httpSession.setAttribute(PortalLocales.SHOWN_ATTRIBUTE, locale);
            }
            ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    private Locale localeFor(VaadinSession session) {
        return signedInUser.current().map(SignedInUser.Account::locale)
                .or(() -> session == null ? java.util.Optional.empty()
                        : java.util.Optional.ofNullable((Locale) session.getAttribute(PortalLocales.SESSION_ATTRIBUTE)))
                .map(PortalLocales::supported)
                .orElse(PortalLocales.DUTCH);
    }

    private void handle(com.vaadin.flow.server.ErrorEvent event) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(event.getThrowable());
        UI ui = UI.getCurrent();
        String key;
        InvalidInput invalid = causeOf(event.getThrowable(), InvalidInput.class);
        if (invalid != null) {
            if (ui != null) {
                ui.access(() -> Notices.error(ui.getTranslation(invalid.messageKey(), invalid.params())));
            }
            return;
        }
        if (clientWentAway(event.getThrowable())) {
            // a closed tab or a dropped phone connection during a download: nothing to tell anyone, nothing broken
            log.info("Client went away during a request: {}", cause.toString());
            return;
        }
        if (DatabaseOutage.causes(event.getThrowable())) {
            log.warn("Request failed, the database cannot be reached: {}", DatabaseOutage.summary(event.getThrowable()));
            key = "error.unavailable.action";
        } else if (hasCause(event.getThrowable(), OptimisticLockingFailureException.class)) {
            log.info("Concurrent edit refused: {}", cause.getMessage());
            key = "error.conflict";
        } else if (hasCause(event.getThrowable(), AccessDeniedException.class)) {
            log.warn("Action refused: {}", cause.getMessage());
            key = "error.action.denied";
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            key = "error.unexpected.text";
        }
        if (ui != null) {
            ui.access(() -> Notices.error(ui.getTranslation(key)));
        }
    }

    /**
     * Whether the failure is the browser having gone away mid-request: Tomcat's ClientAbortException, or the socket
     * errors it wraps, anywhere in the chain.
     */
    static boolean clientWentAway(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("ClientAbortException")) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof java.io.IOException && (message.contains("broken pipe")
                    || message.contains("connection reset by peer"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable throwable, Class<? extends Throwable> type) {
        return causeOf(throwable, type) != null;
    }

    private static <T extends Throwable> T causeOf(Throwable throwable, Class<T> type) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
