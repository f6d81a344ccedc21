package nl.kwartiermaker.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.decision.GoNoGoService;

/** "Not yet" decisions coming up for review, on the Overzicht of the people involved. */
@SpringComponent
@UIScope
class ReviewsCard implements DashboardCard {

    private final GoNoGoService decisions;

    ReviewsCard(GoNoGoService decisions) {
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> render() {
        List<GoNoGoService.Review> reviews = decisions.myReviews();
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("card");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        UnorderedList list = new UnorderedList();
        for (GoNoGoService.Review review : reviews) {
            ListItem item = new ListItem(new Anchor("trajecten/" + review.trajectId() + "/besluit",
                    review.trajectName()), new Span(" " + card.getTranslation("dashboard.reviews.on",
                    dates.format(review.reviewDate()))));
            if (review.overdue()) {
                Span late = new Span(card.getTranslation("dashboard.reviews.overdue"));
                late.addClassNames("badge", "error");
                item.add(late);
            }
            list.add(item);
        }
        card.add(new H2(card.getTranslation("dashboard.reviews.title")), list);
        return Optional.of(card);
    }
}
