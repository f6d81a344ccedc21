package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.SubAssignment;
import nl.kwartiermaker.pool.SubAssignmentService;
import nl.kwartiermaker.pool.SubAssignmentService.Filter;
import nl.kwartiermaker.pool.SubAssignmentService.Line;
import nl.kwartiermaker.pool.SubAssignmentStatus;
import org.springframework.data.domain.PageRequest;

/**
 * The sub-assignments (deelopdrachten) the pool is steered by instead of KPIs: all of them for the coordinator, who
 * adds them here; a contact's own municipality's and the regional ones for a contact. Filtered by municipality or
 * region and by status in the database, page by page.
 */
@Route(value = "pool/deelopdrachten", layout = MainLayout.class)
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class SubAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SubAssignmentService subAssignments;
    private final boolean coordinator;
    final ComboBox<Scope> forWhom = new ComboBox<>();
    final ComboBox<SubAssignmentStatus> status = new ComboBox<>();
    final Grid<Line> grid = new Grid<>();

    SubAssignmentsView(SubAssignmentService subAssignments, AuthenticationContext authentication) {
        this.subAssignments = subAssignments;
        this.coordinator = authentication.hasRole(Role.Names.POOL_COORDINATOR);
        addClassName("page");
        setSizeFull();
        ViewHeader header = new ViewHeader(getTranslation("pool.sub.title"),
                getTranslation(coordinator ? "pool.sub.purpose" : "pool.sub.purpose.contact"));
        if (coordinator) {
            Button add = new Button(getTranslation("pool.sub.add"), VaadinIcon.PLUS.create(),
                    e -> new SubAssignmentDialog(subAssignments, null, null, subAssignments.dates(),
                            saved -> getUI().ifPresent(ui -> ui.navigate("pool/deelopdrachten/" + saved.getId())))
                            .open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            header.withActions(add);
        }
        add(header, new PoolNavigation(authentication, "pool/deelopdrachten"));

        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.everything(this));
        scopes.addAll(Scope.choices(this, subAssignments.municipalities()));
        forWhom.setLabel(getTranslation("pool.sub.filter.for"));
        forWhom.setItems(scopes);
        forWhom.setItemLabelGenerator(Scope::label);
        forWhom.setValue(scopes.getFirst());
        status.setLabel(getTranslation("pool.sub.filter.status"));
        status.setItems(SubAssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setPlaceholder(getTranslation("pool.sub.filter.status.all"));
        status.setClearButtonVisible(true);
        forWhom.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        Div filters = new Div(forWhom, status);
        filters.addClassName("filter-bar");

        grid.addComponentColumn(l -> new Anchor("pool/deelopdrachten/" + l.subAssignment().getId(),
                l.subAssignment().getTitle())).setHeader(getTranslation("pool.sub.column.title")).setFlexGrow(3);
        Grid.Column<Line> forColumn = grid.addColumn(this::forWhom)
                .setHeader(getTranslation("pool.sub.column.for")).setFlexGrow(2);
        Grid.Column<Line> period = grid.addColumn(this::period)
                .setHeader(getTranslation("pool.sub.column.period")).setFlexGrow(2);
        Grid.Column<Line> hours = grid.addColumn(l -> String.valueOf(l.subAssignment().getHours()))
                .setHeader(getTranslation("pool.sub.column.hours")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation(l.subAssignment().getStatus().labelKey()))
                .setHeader(getTranslation("pool.sub.column.status")).setFlexGrow(1);
        FoldingColumns<Line> folding = FoldingColumns.of(grid)
                .fold(forColumn, getTranslation("pool.sub.column.for"), this::forWhom)
                .fold(period, getTranslation("pool.sub.column.period"), this::period)
                .fold(hours, getTranslation("pool.sub.column.hours"), l -> String.valueOf(l.subAssignment()
                        .getHours()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("pool.sub.title"));
        // page by page from the database, without a count: a page reads its own rows however many there are
        grid.setItems(query -> subAssignments.list(filter(), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        add(filters, folding.hint(), grid);
        refresh();
    }

    private Filter filter() {
        Scope scope = forWhom.getValue();
        return new Filter(scope == null ? null : scope.partnerId(), scope != null && scope.regional(),
                status.getValue());
    }

    private String forWhom(Line line) {
        return line.partnerName() == null ? getTranslation("pool.sub.scope.regional") : line.partnerName();
    }

    private String period(Line line) {
        SubAssignment sub = line.subAssignment();
        return PoolFormat.period(this, sub.getStartsOn(), sub.getEndsOn());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean filtered = filter().partnerId() != null || filter().regionalOnly() || filter().status() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "pool.sub.empty.filtered"
                : coordinator ? "pool.sub.empty.coordinator" : "pool.sub.empty.contact"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.sub.title");
    }
}
