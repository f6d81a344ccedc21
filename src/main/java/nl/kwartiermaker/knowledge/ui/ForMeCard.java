package nl.kwartiermaker.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ui.DashboardCard;

/**
 * "Wat betekent dit voor mij?" on the Overzicht of everyone who does not run the change: staff, experts by experience
 * and their mentors. Field tests found staff landing on the project lead's view of the trajecten and a knowledge base
 * search for "wat wordt er van mij verwacht" finding nothing; this card says it in plain words and links the page.
 * Staff who may lead a team (or, as HR, stand for the employer) also find the page for the leidinggevende there; the
 * project lead, who runs the change, gets the page on the kwartiermaker's own role instead.
 */
@SpringComponent
@UIScope
class ForMeCard implements DashboardCard {

    /** Who runs the change has the trajecten themselves on the Overzicht instead. */
    private static final Set<Role> RUNNING_IT = Set.of(Role.PROJECTLEIDER, Role.BEHEERDER);
    /**
     * The portal has no role for a team's leidinggevende: any staff member may be one. HR and the coordinator act
     * for the employer towards the experts, which is what the leidinggevende's page is about.
     */
    private static final Set<Role> LEADING_STAFF = Set.of(Role.MEDEWERKER, Role.HR_ADVISEUR, Role.COORDINATOR);

    private final SignedInUser signedInUser;

    ForMeCard(SignedInUser signedInUser) {
        this.signedInUser = signedInUser;
    }

    @Override
    public boolean staffOnly() {
        return false;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> render() {
        Set<Role> roles = signedInUser.current().map(SignedInUser.Account::roles).orElse(Set.of());
        if (roles.contains(Role.PROJECTLEIDER)) {
            return Optional.of(projectLeadCard());
        }
        if (roles.isEmpty() || roles.stream().anyMatch(RUNNING_IT::contains)) {
            return Optional.empty();
        }
        boolean expert = roles.contains(Role.ERVARINGSDESKUNDIGE);
        Div card = new Div();
        card.addClassNames("card", "for-me-card");
        card.add(new H2(card.getTranslation("dashboard.forme.title")),
                new Paragraph(card.getTranslation(expert ? "dashboard.forme.expert" : "dashboard.forme.staff")),
                new Paragraph(new Anchor("kennisbank/wat-betekent-dit-voor-mij",
                        card.getTranslation("dashboard.forme.more"))));
        if (!expert && roles.stream().anyMatch(LEADING_STAFF::contains)) {
            card.add(new Paragraph(new Anchor("kennisbank/leidinggevende",
                    card.getTranslation("dashboard.forme.manager"))));
        }
        return Optional.of(card);
    }

    private Div projectLeadCard() {
        Div card = new Div();
        card.addClassNames("card", "for-me-card");
        card.add(new H2(card.getTranslation("dashboard.forme.lead.title")),
                new Paragraph(card.getTranslation("dashboard.forme.lead.text")),
                new Paragraph(new Anchor("kennisbank/projectleider", card.getTranslation("dashboard.forme.lead.more"))));
        return card;
    }
}
