package nl.kwartiermaker.pool.ui;

import static nl.kwartiermaker.base.ui.Marks.note;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.pool.BudgetUnit;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.DistributionKey;
import nl.kwartiermaker.pool.DistributionKeyService;
import nl.kwartiermaker.pool.DistributionKeyService.PartnerLine;
import nl.kwartiermaker.pool.DistributionKeyService.PartnersOverview;
import nl.kwartiermaker.pool.KeyInForce;
import nl.kwartiermaker.pool.PartnerService;
import nl.kwartiermaker.pool.PoolBudget;
import nl.kwartiermaker.pool.PoolPartner;

/**
 * The partner municipalities with their part of the distribution key in force and of this year's budget, for the pool
 * coordinator, who adds partners, sets a new key from a date and the budget per year here; earlier keys and budgets
 * fold away. A partner contact is taken to their own municipality's page instead; one not linked to a municipality yet
 * is told whom to ask.
 */
@Route(value = "pool/gemeenten", layout = MainLayout.class)
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class PartnersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DistributionKeyService keys;
    private final transient PartnerService partners;
    private final AuthenticationContext authentication;
    final Button addPartner = new Button();
    final Button newKey = new Button();
    final Button setBudget = new Button();
    final Grid<PartnerLine> grid = new Grid<>();
    private final Div body = new Div();
    private transient PartnersOverview shown;
    private final Paragraph gridHint;

    PartnersView(DistributionKeyService keys, PartnerService partners, AuthenticationContext authentication) {
        this.keys = keys;
        this.partners = partners;
        this.authentication = authentication;
        addClassName("page");
        addPartner.setText(getTranslation("pool.partners.add"));
        addPartner.setIcon(VaadinIcon.PLUS.create());
        addPartner.addClickListener(e -> new PartnerNameDialog(partners, null, saved -> refresh()).open());
        newKey.setText(getTranslation("pool.partners.key.new"));
        newKey.addThemeVariants(ButtonVariant.PRIMARY);
        newKey.addClickListener(e -> new KeyDialog(keys, shown, this::refresh).open());
        setBudget.setText(getTranslation("pool.partners.budget.set"));
        setBudget.addClickListener(e -> new BudgetDialog(keys, shown.now().day().getYear(), this::refresh).open());
        gridHint = buildGrid();
    }

    /** Decides per showing what the page is, as the signed-in person's role says, and builds it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        body.removeAll();
        if (authentication.hasRole(Role.Names.POOL_COORDINATOR)) {
            add(new ViewHeader(getTranslation("pool.partners.title"), getTranslation("pool.partners.purpose"))
                    .withActions(newKey, setBudget, addPartner), navigation(), body);
            refresh();
            return;
        }
        Optional<Long> own = partners.ownPartnerId();
        if (own.isPresent()) {
            event.forwardTo("pool/gemeenten/" + own.get());
            return;
        }
        add(new ViewHeader(getTranslation("pool.partners.title"), getTranslation("pool.partners.purpose.contact")),
                navigation(), note(getTranslation("pool.partners.contact.unlinked")));
    }

    /** The grid's columns, once; returns the hint that goes above it on a phone. */
    private Paragraph buildGrid() {
        grid.addComponentColumn(l -> new Anchor("pool/gemeenten/" + l.partner().getId(), l.partner().getName()))
                .setHeader(getTranslation("pool.partners.column.name")).setFlexGrow(3);
        grid.addColumn(l -> PoolFormat.percentage(this, shown.now().percentageOf(l.partner().getId())))
                .setHeader(getTranslation("pool.partners.column.share")).setFlexGrow(1);
        Grid.Column<PartnerLine> hours = grid.addColumn(this::hours)
                .setHeader(getTranslation("pool.partners.column.hours")).setFlexGrow(1);
        Grid.Column<PartnerLine> contacts = grid.addColumn(this::contacts)
                .setHeader(getTranslation("pool.partners.column.contacts")).setFlexGrow(2);
        Grid.Column<PartnerLine> status = grid.addColumn(this::status)
                .setHeader(getTranslation("pool.partners.column.status")).setFlexGrow(1);
        FoldingColumns<PartnerLine> folding = FoldingColumns.of(grid)
                .fold(hours, getTranslation("pool.partners.column.hours"), this::hours)
                .fold(contacts, getTranslation("pool.partners.column.contacts"), this::contacts)
                .fold(status, getTranslation("pool.partners.column.status"), this::status);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("pool.partners.title"));
        grid.setAllRowsVisible(true);
        return folding.hint();
    }

    void refresh() {
        shown = keys.overview();
        KeyInForce now = shown.now();
        body.removeAll();
        body.add(new Paragraph(keyLine(now)), new Paragraph(budgetLine(now)));
        List<String> stale = shown.partners().stream().map(PartnerLine::partner)
                .filter(p -> !p.isActive() && now.percentageOf(p.getId()).signum() > 0).map(PoolPartner::getName)
                .toList();
        if (!stale.isEmpty()) {
            body.add(note(getTranslation("pool.partners.key.stale", String.join(", ", stale))));
        }
        body.add(new Paragraph(new Anchor("pool/behoeften", getTranslation("pool.partners.needs.link"))));
        grid.setItems(shown.partners());
        body.add(gridHint, grid);
        if (shown.partners().isEmpty()) {
            body.add(new Paragraph(getTranslation("pool.partners.empty")));
        }
        Details history = new Details(getTranslation("pool.partners.key.history"));
        LazyDetails.buildWhenOpened(history, () -> fillHistory(history));
        Details budgets = new Details(getTranslation("pool.partners.budget.history"));
        LazyDetails.buildWhenOpened(budgets, () -> fillBudgets(budgets));
        body.add(history, budgets,
                new Paragraph(new Anchor("kennisbank/regionale-pool", getTranslation("pool.partners.knowledge"))));
    }

    private String keyLine(KeyInForce now) {
        return now.key().map(k -> getTranslation("pool.partners.key.current", PoolFormat.date(this,
                k.getValidFrom()), k.total())).orElse(getTranslation("pool.partners.key.none"));
    }

    private String budgetLine(KeyInForce now) {
        int year = now.day().getYear();
        return now.budget().map(this::budgetText).orElse(getTranslation("pool.partners.budget.none",
                String.valueOf(year)));
    }

    private String budgetText(PoolBudget budget) {
        return getTranslation(budget.getUnit() == BudgetUnit.FTE ? "pool.partners.budget.fte"
                : "pool.partners.budget.plain", String.valueOf(budget.getYear()), budget.getAmount(),
                budget.getHoursPerFte(), budget.hours());
    }

    private String hours(PartnerLine line) {
        return shown.now().hoursOf(line.partner().getId()).map(h -> getTranslation("pool.partners.hours", h))
                .orElse("–");
    }

    private String contacts(PartnerLine line) {
        return line.contacts().isEmpty() ? getTranslation("pool.partners.contacts.none")
                : String.join(", ", line.contacts());
    }

    private String status(PartnerLine line) {
        return getTranslation(line.partner().isActive() ? "pool.partners.active" : "pool.partners.inactive");
    }

    /** Every key, newest first, each as a table of the partners it names with their percentages and the total. */
    private void fillHistory(Details details) {
        DistributionKeyService.KeyHistory history = keys.history();
        if (history.keys().isEmpty()) {
            details.add(new Paragraph(getTranslation("pool.partners.key.none")));
        }
        for (DistributionKey key : history.keys()) {
            boolean current = shown.now().key().map(k -> k.getId().equals(key.getId())).orElse(false);
            H3 title = new H3(getTranslation("pool.partners.key.from", PoolFormat.date(this, key.getValidFrom())));
            if (current) {
                title.getElement().appendChild(new Element("span").setText(" "),
                        Marks.badge(getTranslation("pool.partners.key.in.force"), "contrast").getElement());
            }
            details.add(title);
            if (!key.getNote().isBlank()) {
                details.add(new Paragraph(key.getNote()));
            }
            details.add(keyTable(key, history.partnerNames()));
        }
    }

    private Div keyTable(DistributionKey key, Map<Long, String> names) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        // the heading above names the table; a caption would say the same again
        table.setAttribute("aria-label", getTranslation("pool.partners.key.from",
                PoolFormat.date(this, key.getValidFrom())));
        table.appendChild(new Element("thead").appendChild(row("th", getTranslation("pool.partners.column.name"),
                getTranslation("pool.partners.column.share"))));
        Element rows = new Element("tbody");
        key.getShares().entrySet().stream()
                .sorted(Comparator.comparing(e -> names.getOrDefault(e.getKey(), "")))
                .forEach(e -> rows.appendChild(row("td", names.getOrDefault(e.getKey(), "–"),
                        PoolFormat.percentage(this, e.getValue()))));
        table.appendChild(rows);
        table.appendChild(new Element("tfoot").appendChild(row("th", getTranslation("pool.partners.key.total"),
                PoolFormat.percentage(this, key.total()))));
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().appendChild(table);
        return scroll;
    }

    private static Element row(String cell, String first, String second) {
        Element row = new Element("tr");
        Element head = new Element(cell).setText(first);
        if (cell.equals("th")) {
            head.setAttribute("scope", "col");
        }
        return row.appendChild(head, new Element(cell).setText(second));
    }

    private void fillBudgets(Details details) {
        List<PoolBudget> budgets = keys.budgets();
        if (budgets.isEmpty()) {
            details.add(new Paragraph(getTranslation("pool.partners.budget.none",
                    String.valueOf(shown.now().day().getYear()))));
        }
        Element list = new Element("ul");
        budgets.forEach(b -> list.appendChild(new Element("li").setText(budgetText(b))));
        details.getElement().appendChild(list);
    }

    /** Made for each showing: it offers the signed-in person's places, and a view is reused between showings. */
    private PoolNavigation navigation() {
        return new PoolNavigation(authentication, "pool/gemeenten");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.partners.title");
    }
}
