package nl.kwartiermaker.security.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.security.AuditAction;
import nl.kwartiermaker.security.AuditEvent;
import nl.kwartiermaker.security.AuditService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The audit log for Beheerders: who did what to which object, with what result, and when (UTC). */
@Route("beheer/audit")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(order = 91, title = "menu.audit", icon = "vaadin:list-select")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Times as everywhere in the portal, in its own zone; the UTC time is in each cell's tooltip. */
    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(PortalTime.ZONE);

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final transient AuditService audit;
    private final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("page");
        setSizeFull();
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.purpose")));

        actions.setLabel(getTranslation("audit.filter.action"));
        // a retired action's lines come with the action that replaced it
        actions.setItems(EnumSet.allOf(AuditAction.class).stream().filter(a -> !a.isRetired()).toList());
        actions.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name().toLowerCase(Locale.ROOT)));
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        until.setLabel(getTranslation("audit.filter.until"));
        from.setI18n(ComponentTexts.datePicker(this));
        until.setI18n(ComponentTexts.datePicker(this));
        actions.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        Div filters = new Div(actions, actor, from, until);
        filters.addClassName("filter-bar");

        grid.addColumn(e -> PORTAL_TIME.format(e.getOccurredAt())).setHeader(getTranslation("audit.column.time"))
                .setTooltipGenerator(e -> UTC_TIME.format(e.getOccurredAt())).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<AuditEvent> actorColumn = grid.addColumn(AuditEvent::getActor)
                .setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
        grid.addColumn(this::action).setHeader(getTranslation("audit.column.action")).setFlexGrow(2);
        Grid.Column<AuditEvent> object = grid.addColumn(AuditEvent::getObject)
                .setHeader(getTranslation("audit.column.object")).setFlexGrow(2);
        Grid.Column<AuditEvent> result = grid.addColumn(this::result)
                .setHeader(getTranslation("audit.column.result")).setFlexGrow(1);
        Grid.Column<AuditEvent> address = grid.addColumn(AuditEvent::getClientAddress)
                .setHeader(getTranslation("audit.column.address")).setFlexGrow(1);
        Grid.Column<AuditEvent> detail = grid.addColumn(AuditEvent::getDetail)
                .setHeader(getTranslation("audit.column.detail")).setFlexGrow(2);
        FoldingColumns<AuditEvent> folding = FoldingColumns.of(grid)
                .fold(actorColumn, getTranslation("audit.column.actor"), AuditEvent::getActor)
                .fold(object, getTranslation("audit.column.object"), AuditEvent::getObject)
                .fold(result, getTranslation("audit.column.result"), this::result)
                .fold(address, getTranslation("audit.column.address"), AuditEvent::getClientAddress)
                .fold(detail, getTranslation("audit.column.detail"), AuditEvent::getDetail);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setSizeFull();
        add(filters, folding.hint(), grid);
        refresh();
    }

    private String action(AuditEvent event) {
        return getTranslation("audit.action." + event.getAction().name().toLowerCase(Locale.ROOT));
    }

    private String result(AuditEvent event) {
        return getTranslation("audit.result." + event.getResult().name().toLowerCase(Locale.ROOT));
    }

    void filterOn(java.util.Set<AuditAction> chosen) {
        actions.setValue(chosen);
    }

    private void refresh() {
        AuditService.Filter filter = new AuditService.Filter(actions.getValue(), actor.getValue(),
                start(from.getValue(), Instant.EPOCH),
                until.isEmpty() ? FAR_FUTURE : start(until.getValue().plusDays(1), FAR_FUTURE));
        grid.setItems(query -> audit.search(filter,
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                .stream());
    }

    private static Instant start(LocalDate date, Instant otherwise) {
        return date == null ? otherwise : date.atStartOfDay(PortalTime.ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "audit.title");
    }
}
