package nl.kwartiermaker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwartiermaker.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure while opening a view: one friendly sentence for the person, the cause in the log. When the database
 * cannot be reached the person is told the portal is temporarily unavailable, since trying again later is the remedy.
 */
@AnonymousAllowed
class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private String titleKey = "error.unexpected.title";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (DatabaseOutage.causes(failure)) {
            log.warn("Opening /{} failed, the database cannot be reached: {}", event.getLocation().getPath(),
                    DatabaseOutage.summary(failure));
            titleKey = "error.unavailable.title";
            show(titleKey, "error.unavailable.text");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Opening /{} failed", event.getLocation().getPath(), failure);
        titleKey = "error.unexpected.title";
        show(titleKey, "error.unexpected.text");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, titleKey);
    }
}
