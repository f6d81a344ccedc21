package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.StoryImageService;
import nl.kwartiermaker.story.StoryLibraryService;
import nl.kwartiermaker.story.StoryLibraryService.StoryPage;
import nl.kwartiermaker.story.StoryReactionService;

/**
 * One story as staff read it: the text, what made the difference, who it is about (or "anoniem"), the traject when
 * the reader may open it, "Dit heeft me geholpen", and related stories. A story that may not be read — never
 * published, withdrawn, expired — says so on this page with the way back to the library, because readers arrive
 * here from a digest mail or a colleague's link long after the story was taken down.
 */
@Route("verhalen/:slug")
@RolesAllowed(Role.Names.STAFF)
class StoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryLibraryService library;
    private final transient StoryReactionService reactions;
    private final transient SafeMarkdown safeMarkdown;
    private String title = "";
    Button helped;
    private Element reactionCount;

    StoryView(StoryLibraryService library, StoryReactionService reactions, SafeMarkdown safeMarkdown) {
        this.library = library;
        this.reactions = reactions;
        this.safeMarkdown = safeMarkdown;
        addClassNames("page", "story-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the same view is reused when a reader follows a related story: start from an empty page each time
        removeAll();
        helped = null;
        Optional<StoryPage> story = event.getRouteParameters().get("slug").flatMap(library::story);
        if (story.isEmpty()) {
            title = getTranslation("story.page.notfound.title");
            add(new ViewHeader(title, getTranslation("story.page.notfound.text")),
                    new Anchor("verhalen", getTranslation("story.page.back")));
            return;
        }
        show(story.get());
    }

    private void show(StoryPage story) {
        title = story.title();
        Anchor back = new Anchor("verhalen", getTranslation("story.page.back"));
        back.addClassName("breadcrumbs");
        add(back, new ViewHeader(story.title(), story.summary()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        Div meta = new Div();
        meta.addClassName("story-meta");
        meta.getElement().appendChild(Marks.text(getTranslation("story.page.published",
                dates.format(story.publishedAt())), "muted"));
        story.themes().forEach(t -> meta.getElement().appendChild(Marks.text(getTranslation(t.labelKey()), "badge")));
        story.roles().forEach(r -> meta.getElement().appendChild(Marks.text(getTranslation(r.labelKey()),
                "badge", "contrast")));
        add(meta);
        if (story.imageName() != null) {
            Element image = new Element("img");
            image.setAttribute("src", StoryImageService.path(story.imageName(), 960));
            image.setAttribute("alt", story.imageAlt());
            image.getClassList().add("story-image");
            getElement().appendChild(image);
        }
        add(new MarkdownContent(safeMarkdown, story.body()));
        if (!story.impact().isBlank()) {
            Section impact = new Section(new H2(getTranslation("story.page.impact")));
            impact.addClassName("story-impact");
            Element text = new Element("p").setText(story.impact());
            text.getClassList().add("preserve-lines");
            impact.getElement().appendChild(text);
            add(impact);
        }
        if (!story.people().isEmpty()) {
            String people = story.people().stream().map(p -> getTranslation("story.page.person",
                    p.name() == null ? getTranslation("story.page.anonymous") : p.name(),
                    getTranslation(p.relation().labelKey()))).collect(Collectors.joining("; "));
            Section about = new Section(new H2(getTranslation("story.page.people")));
            about.getElement().appendChild(new Element("p").setText(people));
            add(about);
        }
        story.traject().ifPresent(traject -> {
            Section link = new Section(new H2(getTranslation("story.page.traject")),
                    new Anchor("trajecten/" + traject.id(), traject.name()));
            add(link);
        });
        add(reaction(story));
        if (!story.related().isEmpty()) {
            Section related = new Section(new H2(getTranslation("story.page.related")));
            related.addClassName("story-related");
            Div cards = new Div();
            cards.addClassName("story-cards");
            story.related().forEach(card -> cards.add(StoryCardElements.card(this, card, false)));
            related.add(cards);
            add(related);
        }
    }

    private Div reaction(StoryPage story) {
        helped = new Button(getTranslation("story.page.helped"), VaadinIcon.HEART.create());
        helped.addClassName("story-helped");
        reactionCount = Marks.text("", "muted", "story-reaction-count");
        showReactions(story.reactions(), story.reacted());
        helped.addClickListener(e -> {
            StoryReactionService.Reactions now = reactions.helped(story.id());
            showReactions(now.count(), now.mine());
        });
        Div reaction = new Div(helped);
        reaction.addClassName("story-reaction");
        reaction.getElement().appendChild(reactionCount);
        reaction.getElement().setAttribute("aria-live", "polite");
        return reaction;
    }

    private void showReactions(long count, boolean mine) {
        if (mine) {
            helped.setText(getTranslation("story.page.helped.done"));
            helped.setEnabled(false);
            helped.removeThemeVariants(ButtonVariant.PRIMARY);
        } else {
            helped.addThemeVariants(ButtonVariant.PRIMARY);
        }
        reactionCount.setText(getTranslation("story.page.helped.count", count));
    }

    /** The text on the reaction button and the count beside it, as a reader sees them. */
    String reactionText() {
        return helped == null ? "" : helped.getText() + " | " + reactionCount.getText();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
