package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.NeedsService;
import nl.kwartiermaker.pool.NeedsService.LocalNeeds;
import nl.kwartiermaker.pool.NeedsService.RegionalNeeds;
import nl.kwartiermaker.pool.PoolPartner;
import nl.kwartiermaker.pool.PoolRole;
import nl.kwartiermaker.pool.RegionalActivity;

/**
 * The complete overview seed 003 asks for: every municipality's needs from its latest kick-off side by side, which
 * municipalities want each role and theme (for recruiting experts who fit), the municipalities still without a
 * kick-off with what to do next, and the regional activities, which the coordinator adds and changes here.
 */
@Route(value = "pool/behoeften", layout = MainLayout.class)
@RolesAllowed(Role.Names.POOL_COORDINATOR)
class NeedsOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NeedsService needs;
    final Button addActivity = new Button();
    private final Div body = new Div();
    private transient RegionalNeeds shown;

    NeedsOverviewView(NeedsService needs, AuthenticationContext authentication) {
        this.needs = needs;
        addClassName("page");
        addActivity.setText(getTranslation("pool.activity.add"));
        addActivity.setIcon(VaadinIcon.PLUS.create());
        addActivity.addClickListener(e -> new ActivityDialog(needs, null, shown.dates(), this::refresh).open());
        add(new ViewHeader(getTranslation("pool.needs.overview.title"), getTranslation("pool.needs.overview.purpose")),
                new PoolNavigation(authentication, "pool/gemeenten"), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        shown = needs.overview();
        body.removeAll();
        body.add(municipalities(), roles(), themes(), waiting(), activities(),
                new Paragraph(new Anchor("kennisbank/regionale-pool", getTranslation("pool.partners.knowledge"))));
    }

    private Section municipalities() {
        Section section = new Section(new H2(getTranslation("pool.needs.overview.local",
                shown.municipalities().size())));
        if (shown.municipalities().isEmpty()) {
            section.add(new Paragraph(getTranslation("pool.needs.overview.local.empty")));
            return section;
        }
        UnorderedList cards = cards();
        for (LocalNeeds local : shown.municipalities()) {
            ListItem card = new ListItem(new H3(new Anchor("pool/gemeenten/" + local.partner().getId(),
                    local.partner().getName())));
            card.addClassName("card");
            card.getElement().appendChild(
                    line(getTranslation("pool.needs.overview.latest", PoolFormat.date(this,
                            local.latest().getMetOn()), local.meetings())),
                    line(getTranslation("pool.needs.overview.roles", PoolFormat.roles(this,
                            local.latest().getRolesWanted()))),
                    line(getTranslation("pool.needs.overview.themes", PoolFormat.themes(this,
                            local.latest().getThemes()))));
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    private static UnorderedList cards() {
        UnorderedList cards = new UnorderedList();
        cards.addClassName("card-grid");
        cards.getStyle().set("list-style", "none").set("padding", "0");
        return cards;
    }

    private static Element line(String text) {
        return new Element("p").setText(text);
    }

    private Section roles() {
        Section section = new Section(new H2(getTranslation("pool.needs.overview.byrole")));
        Element list = new Element("ul");
        for (PoolRole role : PoolRole.values()) {
            list.appendChild(wanted(getTranslation(role.labelKey()), shown.byRole().getOrDefault(role, List.of())));
        }
        section.getElement().appendChild(list);
        return section;
    }

    private Section themes() {
        Section section = new Section(new H2(getTranslation("pool.needs.overview.bytheme")));
        if (shown.byTheme().isEmpty()) {
            section.add(new Paragraph(getTranslation("pool.needs.overview.bytheme.empty")));
            return section;
        }
        Element list = new Element("ul");
        for (Map.Entry<ExperienceTheme, List<String>> theme : shown.byTheme().entrySet()) {
            list.appendChild(wanted(getTranslation(theme.getKey().labelKey()), theme.getValue()));
        }
        section.getElement().appendChild(list);
        return section;
    }

    private Element wanted(String what, List<String> municipalities) {
        Element item = new Element("li");
        item.appendChild(new Element("strong").setText(what + ": "));
        item.appendChild(municipalities.isEmpty() ? Marks.text(getTranslation("pool.needs.overview.nobody"), "muted")
                : new Element("span").setText(getTranslation("pool.needs.overview.wanted", municipalities.size(),
                String.join(", ", municipalities))));
        return item;
    }

    private Section waiting() {
        List<PoolPartner> waiting = shown.withoutKickOff();
        Section section = new Section(new H2(getTranslation("pool.needs.overview.waiting", waiting.size())));
        if (waiting.isEmpty()) {
            section.add(new Paragraph(getTranslation("pool.needs.overview.waiting.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("pool.needs.overview.waiting.next")));
        UnorderedList list = new UnorderedList();
        waiting.forEach(p -> list.add(new ListItem(new Anchor("pool/gemeenten/" + p.getId(), p.getName()))));
        section.add(list);
        return section;
    }

    private Section activities() {
        Section section = new Section(new H2(getTranslation("pool.activity.title")),
                new Paragraph(getTranslation("pool.activity.purpose")), new Div(addActivity));
        if (shown.activities().isEmpty()) {
            section.add(new Paragraph(getTranslation("pool.activity.empty")));
            return section;
        }
        UnorderedList cards = cards();
        for (RegionalActivity activity : shown.activities()) {
            ListItem card = new ListItem(new H3(activity.getTitle()));
            card.addClassName("card");
            card.getElement().appendChild(
                    Marks.text(PoolFormat.period(this, activity.getStartsOn(), activity.getEndsOn()), "muted"),
                    line(getTranslation("pool.needs.overview.themes", PoolFormat.themes(this,
                            activity.getThemes()))));
            if (!activity.getDescription().isBlank()) {
                Element description = line(activity.getDescription());
                description.getClassList().add("preserve-lines");
                card.getElement().appendChild(description);
            }
            Button edit = new Button(getTranslation("pool.activity.edit"), VaadinIcon.EDIT.create(),
                    e -> new ActivityDialog(needs, activity, shown.dates(), this::refresh).open());
            edit.setAriaLabel(getTranslation("pool.activity.edit.label", activity.getTitle()));
            card.add(edit);
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.needs.overview.title");
    }
}
