package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.StoryStatus;
import nl.kwartiermaker.story.StoryWritingService;

/** "Mijn verhalen": the stories the signed-in person writes or wrote, each with where it stands and what comes next. */
@Route("verhalen/mijn")
@RolesAllowed(Role.Names.STAFF)
class MyStoriesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryWritingService writing;

    MyStoriesView(StoryWritingService writing) {
        this.writing = writing;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor start = new Anchor("verhalen/nieuw", getTranslation("story.mine.new"));
        start.addClassName("button-link");
        add(new ViewHeader(getTranslation("story.mine.title"), getTranslation("story.mine.purpose"))
                .withActions(start));
        List<StoryWritingService.MyStory> mine = writing.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("story.mine.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        for (StoryWritingService.MyStory story : mine) {
            Section card = new Section();
            card.addClassNames("card", "my-story");
            H2 title = new H2(new Anchor("verhalen/" + story.id() + "/bewerken", story.title()));
            Paragraph facts = new Paragraph(Marks.badge(getTranslation(story.status().labelKey()),
                    story.status() == StoryStatus.PUBLISHED ? "success" : "contrast"), new Span(" "),
                    Marks.muted(getTranslation("story.mine.changed", format.format(story.lastChange()))));
            Paragraph next = new Paragraph(getTranslation(story.next().labelKey()));
            next.addClassName("my-story-next");
            card.add(title, facts, next);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.mine.title");
    }
}
