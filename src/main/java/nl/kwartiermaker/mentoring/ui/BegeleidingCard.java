package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.mentoring.MentoringOverviewService;
import nl.kwartiermaker.mentoring.MentoringOverviewService.CoordinatorOverview;

/**
 * The coordinator's Begeleiding on the Overzicht: how many experts need something arranged (a mentor, a buddy, a
 * colleague expert in the team, a check-in), with the way to the overview. Other people get no card and cost no query.
 */
@SpringComponent
@UIScope
class BegeleidingCard implements DashboardCard {

    private final MentoringOverviewService overviews;
    private final SignedInUser signedInUser;

    BegeleidingCard(MentoringOverviewService overviews, SignedInUser signedInUser) {
        this.overviews = overviews;
        this.signedInUser = signedInUser;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Component> render() {
        boolean coordinator = signedInUser.current().map(me -> me.roles().contains(Role.COORDINATOR)).orElse(false);
        if (!coordinator) {
            return Optional.empty();
        }
        CoordinatorOverview overview = overviews.coordinatorOverview();
        Div card = new Div();
        card.addClassNames("card", "begeleiding-card");
        card.add(new H2(card.getTranslation("mentoring.register.card.title")));
        if (overview.experts().isEmpty()) {
            card.add(new Paragraph(card.getTranslation("mentoring.register.card.empty")));
        } else {
            card.add(new Paragraph(card.getTranslation("mentoring.register.card.warnings",
                    overview.expertsWithWarnings(), overview.experts().size())));
        }
        if (!overview.groupsOff().isEmpty()) {
            card.add(new Paragraph(card.getTranslation("mentoring.register.card.groups", overview.groupsOff().size())));
        }
        card.add(new Anchor("begeleiding", card.getTranslation("mentoring.register.card.link")));
        return Optional.of(card);
    }
}
