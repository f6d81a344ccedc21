package nl.kwartiermaker.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ViewAccessDenied;
import org.springframework.context.ApplicationEventPublisher;

/** Shown when a signed-in person opens a view their roles do not allow; the attempt goes to the audit log. */
@AnonymousAllowed
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final transient ApplicationEventPublisher events;
    private final transient SignedInUser signedInUser;

    AccessDeniedView(ApplicationEventPublisher events, SignedInUser signedInUser) {
        this.events = events;
        this.signedInUser = signedInUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String who = signedInUser.current().map(SignedInUser.Account::email).orElse("anoniem");
        events.publishEvent(new ViewAccessDenied(who, "/" + event.getLocation().getPath()));
        show("error.denied.title", "error.denied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "error.denied.title");
    }
}
