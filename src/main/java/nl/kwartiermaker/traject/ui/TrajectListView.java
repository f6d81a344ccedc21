package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.traject.TrajectSummary;
import nl.kwartiermaker.user.UserService;
import org.springframework.data.domain.PageRequest;

/** The trajecten someone may see, with stage and progress, filtered by stage, project lead and overdue steps. */
@Route("trajecten")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 5, title = "menu.trajecten", icon = "vaadin:road-branches")
class TrajectListView extends VerticalLayout implements HasDynamicTitle {

    private final transient TrajectService trajecten;
    final Select<Stage> stage = new Select<>();
    final ComboBox<UserService.Person> lead = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    final Checkbox archived = new Checkbox();
    final Grid<TrajectSummary> grid = new Grid<>();
    private final boolean mayCreate;

    TrajectListView(TrajectService trajecten, UserService users, PortalTime time,
                    AuthenticationContext authentication) {
        this.trajecten = trajecten;
        this.mayCreate = authentication.hasAnyRole(Role.Names.PROJECTLEIDER, Role.Names.BEHEERDER);
        addClassName("page");
        setSizeFull();
        ViewHeader header = new ViewHeader(getTranslation("traject.list.title"),
                getTranslation("traject.list.purpose"));
        if (mayCreate) {
            Button create = new Button(getTranslation("traject.new"), VaadinIcon.PLUS.create(),
                    e -> new TrajectDialog(trajecten, users, time, null, created -> getUI()
                            .ifPresent(ui -> ui.navigate("trajecten/" + created.getId()))).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.withActions(create);
        }
        add(header);

        stage.setLabel(getTranslation("traject.filter.stage"));
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("traject.filter.stage.all"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("traject.filter.stage.all")
                : getTranslation(s.labelKey()));
        lead.setLabel(getTranslation("traject.filter.lead"));
        lead.setItems(users.activePeople());
        lead.setItemLabelGenerator(UserService.Person::displayName);
        lead.setClearButtonVisible(true);
        overdueOnly.setLabel(getTranslation("traject.filter.overdue"));
        archived.setLabel(getTranslation("traject.filter.archived"));
        stage.addValueChangeListener(e -> refresh());
        lead.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        archived.addValueChangeListener(e -> refresh());
        Div filters = new Div(stage, lead, overdueOnly, archived);
        filters.addClassName("filter-bar");

        grid.addComponentColumn(t -> new Anchor("trajecten/" + t.id(), t.name()))
                .setHeader(getTranslation("traject.column.name")).setFlexGrow(3);
        Grid.Column<TrajectSummary> unit = grid.addColumn(TrajectSummary::organisationUnit)
                .setHeader(getTranslation("traject.column.unit")).setFlexGrow(2);
        Grid.Column<TrajectSummary> stageColumn = grid.addColumn(this::stage)
                .setHeader(getTranslation("traject.column.stage")).setFlexGrow(2);
        Grid.Column<TrajectSummary> lead = grid.addColumn(TrajectSummary::projectLead)
                .setHeader(getTranslation("traject.column.lead")).setFlexGrow(2);
        Grid.Column<TrajectSummary> progress = grid.addComponentColumn(t -> new Progress(t.overall(),
                        getTranslation("traject.progress.of", t.name())))
                .setHeader(getTranslation("traject.column.progress")).setWidth("10rem").setFlexGrow(1);
        Grid.Column<TrajectSummary> late = grid.addComponentColumn(t -> {
            Span overdue = new Span(t.overall().overdue() == 0 ? "" : getTranslation("traject.overdue.count",
                    t.overall().overdue()));
            if (t.overall().overdue() > 0) {
                overdue.addClassNames("badge", "error");
            }
            return overdue;
        }).setHeader(getTranslation("traject.column.overdue")).setAutoWidth(true).setFlexGrow(0);
        FoldingColumns<TrajectSummary> folding = FoldingColumns.of(grid)
                .fold(stageColumn, getTranslation("traject.column.stage"), this::stage)
                .fold(unit, getTranslation("traject.column.unit"), TrajectSummary::organisationUnit)
                .fold(lead, getTranslation("traject.column.lead"), TrajectSummary::projectLead)
                .fold(progress, getTranslation("traject.column.progress"), t -> getTranslation(
                        "traject.progress.text", t.overall().done(), t.overall().total(), t.overall().percent()))
                .fold(late, getTranslation("traject.column.overdue"), t -> t.overall().overdue() == 0 ? ""
                        : getTranslation("traject.overdue.count", t.overall().overdue()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("traject.list.title"));
        grid.setSizeFull();
        // page by page from the database, without a count: a page reads its own rows, however many trajecten exist
        grid.setItems(query -> trajecten.list(filter(), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        add(filters, folding.hint(), grid);
        refresh();
    }

    private String stage(TrajectSummary traject) {
        return getTranslation(traject.stage().labelKey());
    }

    private TrajectService.Filter filter() {
        return new TrajectService.Filter(stage.getValue(), lead.getValue() == null ? null : lead.getValue().id(),
                overdueOnly.getValue(), archived.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean filtered = stage.getValue() != null || lead.getValue() != null || overdueOnly.getValue()
                || archived.getValue();
        grid.setEmptyStateText(getTranslation(filtered ? "traject.list.empty.filtered"
                : mayCreate ? "traject.list.empty.create" : "traject.list.empty"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "traject.list.title");
    }
}
