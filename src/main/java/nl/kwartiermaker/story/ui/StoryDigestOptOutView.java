package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.StoryDigestService;

/**
 * The opt-out link of every digest, for whoever has the mail, signed in or not. Opening the link only asks: mail
 * scanners and link previews open links too, and must not unsubscribe anyone; the button does it.
 */
@Route(value = "verhalen/nieuwsbrief/afmelden", autoLayout = false)
@AnonymousAllowed
class StoryDigestOptOutView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryDigestService digests;
    private final Div column = new Div();
    final Button confirm = new Button();
    final Paragraph outcome = new Paragraph();
    private String token = "";

    StoryDigestOptOutView(StoryDigestService digests) {
        this.digests = digests;
        addClassName("page");
        column.add(new ViewHeader(getTranslation("story.digest.optout.title"),
                getTranslation("story.digest.optout.purpose")));
        confirm.setText(getTranslation("story.digest.optout.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> optOut());
        outcome.getElement().setAttribute("role", "status");
        column.add(new Paragraph(getTranslation("story.digest.optout.question")), confirm, outcome);
        add(column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    void optOut() {
        boolean stopped = digests.optOut(token);
        outcome.setText(getTranslation(stopped ? "story.digest.optout.done" : "story.digest.optout.invalid"));
        confirm.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.digest.optout.title");
    }
}
