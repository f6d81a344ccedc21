package nl.kwartiermaker.roledescription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionStatus;
import nl.kwartiermaker.roledescription.RoleDescriptionSummary;

/** The role descriptions someone may see, filtered by status, theme and traject; HR starts new ones here. */
@Route("functieprofielen")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 6, title = "roledesc.menu", icon = "vaadin:file-text-o")
class RoleDescriptionListView extends VerticalLayout implements HasDynamicTitle {

    private final transient RoleDescriptionService descriptions;
    final Select<RoleDescriptionStatus> status = new Select<>();
    final TextField theme = new TextField();
    final Select<Long> traject = new Select<>();
    final Grid<RoleDescriptionSummary> grid = new Grid<>();
    private final boolean mayCreate;
    private final Map<Long, String> trajecten;

    RoleDescriptionListView(RoleDescriptionService descriptions, AuthenticationContext authentication) {
        this.descriptions = descriptions;
        this.mayCreate = authentication.hasAnyRole(Role.Names.HR_ADVISEUR, Role.Names.BEHEERDER);
        addClassName("page");
        setSizeFull();
        ViewHeader header = new ViewHeader(getTranslation("roledesc.list.title"),
                getTranslation(mayCreate ? "roledesc.list.purpose.edit" : "roledesc.list.purpose"));
        if (mayCreate) {
            Button create = new Button(getTranslation("roledesc.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.withActions(create);
        }
        add(header);

        status.setLabel(getTranslation("roledesc.filter.status"));
        status.setItems(RoleDescriptionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("roledesc.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("roledesc.filter.all")
                : getTranslation(s.labelKey()));
        theme.setLabel(getTranslation("roledesc.filter.theme"));
        theme.setClearButtonVisible(true);
        theme.setValueChangeMode(ValueChangeMode.LAZY);
        trajecten = descriptions.trajectNames();
        traject.setLabel(getTranslation("roledesc.filter.traject"));
        traject.setItems(trajecten.keySet());
        traject.setEmptySelectionAllowed(true);
        traject.setEmptySelectionCaption(getTranslation("roledesc.filter.all"));
        traject.setItemLabelGenerator(id -> id == null ? getTranslation("roledesc.filter.all")
                : trajecten.getOrDefault(id, "#" + id));
        status.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        traject.addValueChangeListener(e -> refresh());
        Div filters = new Div(status, theme, traject);
        filters.addClassName("filter-bar");

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        grid.addComponentColumn(d -> new Anchor("functieprofielen/" + d.id(), d.fullTitle()))
                .setHeader(getTranslation("roledesc.column.title")).setFlexGrow(3);
        grid.addComponentColumn(d -> Marks.badge(getTranslation(d.status().labelKey()),
                "roledesc-status-" + d.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("roledesc.column.status")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<RoleDescriptionSummary> version = grid.addColumn(this::version)
                .setHeader(getTranslation("roledesc.column.version")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<RoleDescriptionSummary> traject = grid.addColumn(this::trajectName)
                .setHeader(getTranslation("roledesc.column.traject")).setFlexGrow(2);
        Grid.Column<RoleDescriptionSummary> modified = grid.addColumn(d -> modifiedOn(d, dates))
                .setHeader(getTranslation("roledesc.column.modified")).setFlexGrow(1);
        FoldingColumns<RoleDescriptionSummary> folding = FoldingColumns.of(grid)
                .fold(version, getTranslation("roledesc.column.version"), this::version)
                .fold(traject, getTranslation("roledesc.column.traject"), this::trajectName)
                .fold(modified, getTranslation("roledesc.column.modified"), d -> modifiedOn(d, dates));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("roledesc.list.title"));
        grid.setSizeFull();
        add(filters, folding.hint(), grid);
        refresh();
    }

    private String version(RoleDescriptionSummary description) {
        return getTranslation("roledesc.version.number", description.versionNumber());
    }

    private String trajectName(RoleDescriptionSummary description) {
        return description.trajectId() == null ? "" : trajecten.getOrDefault(description.trajectId(), "");
    }

    private static String modifiedOn(RoleDescriptionSummary description, DateTimeFormatter dates) {
        return description.modifiedAt() == null ? "" : dates.format(description.modifiedAt());
    }

    /** Shows the descriptions that pass the filters, a page at a time as the person scrolls. */
    void refresh() {
        RoleDescriptionService.Filter filter = new RoleDescriptionService.Filter(status.getValue(), theme.getValue(),
                traject.getValue());
        grid.setItems(query -> descriptions.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> descriptions.count(filter));
        boolean filtered = status.getValue() != null || !theme.getValue().isBlank() || traject.getValue() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "roledesc.list.empty.filtered"
                : mayCreate ? "roledesc.list.empty.create" : "roledesc.list.empty"));
    }

    void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roledesc.new"));
        TextField title = new TextField(getTranslation("roledesc.field.title"));
        title.setValue(getTranslation("roledesc.default.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(RoleDescription.TITLE_MAX);
        title.setWidthFull();
        title.setHelperText(getTranslation("roledesc.field.title.help"));
        Button create = new Button(getTranslation("roledesc.create"), e -> {
            try {
                RoleDescription created = descriptions.create(title.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("functieprofielen/" + created.getId()));
            } catch (InvalidInput ex) {
                // at the field, with the dialog still open, so the title can be corrected
                title.setInvalid(true);
                title.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("roledesc.new.explain")), title);
        dialog.getFooter().add(cancel, create);
        dialog.open();
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "roledesc.list.title");
    }
}
