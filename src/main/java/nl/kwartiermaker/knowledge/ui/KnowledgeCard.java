package nl.kwartiermaker.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.base.ui.Markup;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageCategory;

/** Points newcomers to the basics and the journey in the knowledge base. */
@SpringComponent
@UIScope
class KnowledgeCard implements DashboardCard {

    private final KnowledgeService knowledge;

    KnowledgeCard(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> render() {
        var journey = knowledge.overview().stream()
                .filter(p -> p.category() == PageCategory.BASIS || p.category() == PageCategory.REIS).toList();
        if (journey.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2(card.getTranslation("dashboard.knowledge.title")),
                new Paragraph(card.getTranslation("dashboard.knowledge.text")));
        // one element for the list (issue 18): the Overzicht is every session's first page
        card.getElement().appendChild(Markup.list(journey.stream()
                .map(p -> Markup.link("kennisbank/" + p.slug(), p.title())).toList()));
        card.add(new Anchor("kennisbank", card.getTranslation("dashboard.knowledge.all")));
        return Optional.of(card);
    }
}
