package nl.kwartiermaker.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.notification.OutboxService;

/**
 * Mail given up, on the Beheerder's Overzicht (decision 0018): how many, what to do next, and the way to the outbox.
 * Shown only when there is any; anyone else gets no card and costs no query.
 */
@SpringComponent
@UIScope
class FailedMailCard implements DashboardCard {

    private final OutboxService outbox;

    FailedMailCard(OutboxService outbox) {
        this.outbox = outbox;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> render() {
        return outbox.failedForBeheerder().map(failed -> {
            Div card = new Div();
            card.addClassNames("card", "failed-mail-card");
            card.add(new H2(card.getTranslation("outbox.card.title")),
                    new Paragraph(card.getTranslation("outbox.card.failed", failed)),
                    new Paragraph(card.getTranslation("outbox.card.next")),
                    new Anchor("beheer/uitgaande-mail", card.getTranslation("outbox.card.open")));
            return card;
        });
    }
}
