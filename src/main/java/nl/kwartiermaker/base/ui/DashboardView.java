package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;

/** The Overzicht: a greeting and one card per feature that has something for this person. */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.overview", icon = "vaadin:home")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(SignedInUser signedInUser, List<DashboardCard> cards) {
        addClassName("page");
        String name = signedInUser.current().map(SignedInUser.Account::displayName).orElse("");
        add(new ViewHeader(getTranslation("dashboard.title"), getTranslation("dashboard.purpose", name)));
        Div grid = new Div();
        grid.addClassName("card-grid");
        boolean staff = signedInUser.current().map(a -> a.roles().stream().anyMatch(Role::isStaff)).orElse(false);
        cards.stream().filter(card -> staff || !card.staffOnly()).sorted(Comparator.comparingInt(DashboardCard::order))
                .forEach(card -> card.render().ifPresent(grid::add));
        if (grid.getComponentCount() == 0) {
            grid.add(new Paragraph(getTranslation("dashboard.empty")));
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "dashboard.title");
    }
}
