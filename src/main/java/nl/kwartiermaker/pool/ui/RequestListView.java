package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.DeploymentRequestService;
import nl.kwartiermaker.pool.PoolPartner;
import nl.kwartiermaker.pool.RequestLine;
import nl.kwartiermaker.pool.RequestStatus;

/**
 * The deployment requests: a municipality's contact sees their own and files a new one; the pool coordinator sees all
 * of them, filters by status and municipality, and files on a municipality's behalf. Open requests come first, since
 * they wait for an expert. A grid read a page at a time, so years of requests cost what one page costs.
 */
@Route("pool/verzoeken")
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class RequestListView extends VerticalLayout implements HasDynamicTitle {

    private final transient DeploymentRequestService requests;
    private final boolean coordinator;
    final Select<RequestStatus> status = new Select<>();
    final Select<PoolPartner> partner = new Select<>();
    final Grid<RequestLine> grid = new Grid<>();
    final Button create = new Button();

    RequestListView(DeploymentRequestService requests, AuthenticationContext signedIn) {
        this.requests = requests;
        this.coordinator = signedIn.hasRole(Role.Names.POOL_COORDINATOR);
        addClassName("page");
        setSizeFull();
        List<PoolPartner> partners = requests.partners();
        create.setText(getTranslation("pool.requests.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new RequestDialog(requests, partners, coordinator).open());
        ViewHeader header = new ViewHeader(getTranslation("pool.requests.title"), getTranslation(coordinator
                ? "pool.requests.purpose.coordinator" : "pool.requests.purpose.contact"));
        add(header, new PoolNavigation(signedIn, "pool/verzoeken"));
        if (partners.isEmpty()) {
            // a contact whose account is not yet linked to a municipality: nothing to see or file until it is
            add(Marks.note(getTranslation("pool.requests.no_partner")));
        } else {
            header.withActions(create);
        }

        status.setLabel(getTranslation("pool.requests.filter.status"));
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("pool.requests.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("pool.requests.filter.all")
                : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> refresh());
        Div filters = new Div(status);
        filters.addClassName("filter-bar");
        if (coordinator) {
            partner.setLabel(getTranslation("pool.requests.filter.partner"));
            partner.setItems(partners);
            partner.setEmptySelectionAllowed(true);
            partner.setEmptySelectionCaption(getTranslation("pool.requests.filter.all"));
            partner.setItemLabelGenerator(p -> p == null ? getTranslation("pool.requests.filter.all") : p.getName());
            partner.addValueChangeListener(e -> refresh());
            filters.add(partner);
        }

        grid.addComponentColumn(r -> new Anchor("pool/verzoeken/" + r.id(), getTranslation("pool.requests.line",
                getTranslation(r.role().labelKey()), r.place()))).setHeader(getTranslation("pool.requests.column.request"))
                .setFlexGrow(3);
        Grid.Column<RequestLine> municipality = grid.addColumn(RequestLine::partnerName)
                .setHeader(getTranslation("pool.requests.column.partner")).setFlexGrow(1);
        municipality.setVisible(coordinator);
        Grid.Column<RequestLine> theme = grid.addColumn(r -> getTranslation(r.theme().labelKey()))
                .setHeader(getTranslation("pool.requests.column.theme")).setFlexGrow(2);
        Grid.Column<RequestLine> period = grid.addColumn(this::period)
                .setHeader(getTranslation("pool.requests.column.period")).setFlexGrow(2);
        Grid.Column<RequestLine> hours = grid.addColumn(this::hours)
                .setHeader(getTranslation("pool.requests.column.hours")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> Marks.badge(getTranslation(r.status().labelKey()),
                "pool-status-" + r.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("pool.requests.column.status")).setWidth("8rem").setFlexGrow(0);
        FoldingColumns<RequestLine> folding = FoldingColumns.of(grid)
                .fold(theme, getTranslation("pool.requests.column.theme"), r -> getTranslation(r.theme().labelKey()))
                .fold(period, getTranslation("pool.requests.column.period"), this::period)
                .fold(hours, getTranslation("pool.requests.column.hours"), this::hours);
        if (coordinator) {
            folding.fold(municipality, getTranslation("pool.requests.column.partner"), RequestLine::partnerName);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("pool.requests.title"));
        grid.setSizeFull();
        add(filters, folding.hint(), grid);
        refresh();
    }

    private String period(RequestLine line) {
        return PoolDates.period(this, line.startsOn(), line.endsOn());
    }

    private String hours(RequestLine line) {
        return getTranslation("pool.requests.hours.value", line.expectedHours());
    }

    /** Shows the requests that pass the filters, a page at a time as the person scrolls. */
    void refresh() {
        DeploymentRequestService.Filter filter = new DeploymentRequestService.Filter(status.getValue(),
                coordinator && partner.getValue() != null ? partner.getValue().getId() : null);
        grid.setItems(query -> requests.list(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) requests.count(filter));
        boolean filtered = filter.status() != null || filter.partnerId() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "pool.requests.empty.filtered" : "pool.requests.empty"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.requests.title");
    }
}
