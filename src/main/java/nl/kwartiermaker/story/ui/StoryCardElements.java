package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.story.StoryImageService;
import nl.kwartiermaker.story.StoryLibraryService.Card;

/**
 * A story as a card in the library and under "related stories": its title as the one link, the rest bare elements
 * nobody acts on, so a page of cards costs little memory per session.
 */
final class StoryCardElements {

    private StoryCardElements() {
    }

    static Div card(Component owner, Card card, boolean withImage) {
        Div div = new Div();
        div.addClassName("story-card");
        if (withImage && card.imageName() != null) {
            Element image = new Element("img");
            image.setAttribute("src", StoryImageService.path(card.imageName(), 480));
            image.setAttribute("alt", card.imageAlt());
            image.setAttribute("loading", "lazy");
            image.getClassList().add("story-card-image");
            div.getElement().appendChild(image);
        }
        H2 title = new H2(new Anchor("verhalen/" + card.slug(), card.title()));
        title.addClassName("story-card-title");
        div.add(title);
        if (!card.summary().isBlank()) {
            div.getElement().appendChild(new Element("p").setText(card.summary()));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(UI.getCurrent().getLocale())
                .withZone(PortalTime.ZONE);
        String themes = card.themes().stream().map(t -> owner.getTranslation(t.labelKey()))
                .collect(Collectors.joining(", "));
        String meta = owner.getTranslation("story.library.card.meta", dates.format(card.publishedAt()),
                card.reactions());
        div.getElement().appendChild(Marks.text(themes.isBlank() ? meta : meta + " · " + themes, "muted",
                "story-card-meta"));
        return div;
    }
}
