package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.base.ui.Markup;
import nl.kwartiermaker.story.StoryLibraryService;
import nl.kwartiermaker.story.StoryLibraryService.Card;

/**
 * The newest stories on everyone's Overzicht, with the way to the library: seeing what worked elsewhere is what builds
 * draagvlak (seed 001, fase 2). No card while there are no stories to read.
 */
@SpringComponent
@UIScope
class StoriesCard implements DashboardCard {

    static final int SHOWN = 3;

    private final StoryLibraryService library;

    StoriesCard(StoryLibraryService library) {
        this.library = library;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> render() {
        List<Card> newest = library.newest(SHOWN);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassNames("card", "stories-card");
        // one element for the list (issue 18): the Overzicht is every session's first page
        List<String> lines = newest.stream().map(story -> Markup.link("verhalen/" + story.slug(), story.title())
                + (story.summary().isBlank() ? "" : Markup.tag("p", story.summary()))).toList();
        card.add(new H2(card.getTranslation("story.card.title")));
        card.getElement().appendChild(Markup.list(lines, "page-list"));
        card.add(new Anchor("verhalen", card.getTranslation("story.card.all")));
        return Optional.of(card);
    }
}
