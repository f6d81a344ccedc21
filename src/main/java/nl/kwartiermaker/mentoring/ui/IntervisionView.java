package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.IntervisionGroup;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionService.GroupSummary;

/**
 * The intervision groups: all running groups for the coordinator, who makes new ones here; one's own groups for a
 * facilitator or member. A group of fewer than four or more than eight members is marked (seed 001). It has its own
 * menu entry, after Begeleiding, so experts find their group without knowing the register.
 */
@Route(value = "begeleiding/intervisie", layout = MainLayout.class)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MENTOR, Role.Names.ERVARINGSDESKUNDIGE})
@Menu(order = 8, title = "mentoring.intervision.menu", icon = "vaadin:group")
class IntervisionView extends VerticalLayout implements HasDynamicTitle {

    private final transient IntervisionService intervision;
    private final boolean coordinator;
    final Grid<GroupSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    IntervisionView(IntervisionService intervision, AuthenticationContext authentication) {
        this.intervision = intervision;
        this.coordinator = authentication.hasRole(Role.Names.COORDINATOR);
        addClassName("page");
        setSizeFull();
        ViewHeader header = new ViewHeader(getTranslation("mentoring.intervision.title"),
                getTranslation(coordinator ? "mentoring.intervision.purpose.coordinator"
                        : "mentoring.intervision.purpose"));
        if (coordinator) {
            Button create = new Button(getTranslation("mentoring.intervision.group.new"), VaadinIcon.PLUS.create(),
                    e -> new GroupDialog(intervision, null, created -> getUI()
                            .ifPresent(ui -> ui.navigate("begeleiding/intervisie/" + created.getId()))).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.withActions(create);
        }
        add(header);

        grid.addComponentColumn(g -> new Anchor("begeleiding/intervisie/" + g.id(), g.name()))
                .setHeader(getTranslation("mentoring.intervision.column.name")).setFlexGrow(3);
        Grid.Column<GroupSummary> facilitator = grid.addColumn(GroupSummary::facilitator)
                .setHeader(getTranslation("mentoring.intervision.column.facilitator")).setFlexGrow(2);
        Grid.Column<GroupSummary> members = grid.addComponentColumn(this::size)
                .setHeader(getTranslation("mentoring.intervision.column.members")).setFlexGrow(2);
        Grid.Column<GroupSummary> next = grid.addColumn(g -> when(g.nextSession()))
                .setHeader(getTranslation("mentoring.intervision.column.next")).setFlexGrow(2);
        FoldingColumns<GroupSummary> folding = FoldingColumns.of(grid)
                .fold(facilitator, getTranslation("mentoring.intervision.column.facilitator"),
                        GroupSummary::facilitator)
                .fold(members, getTranslation("mentoring.intervision.column.members"), this::sizeText)
                .fold(next, getTranslation("mentoring.intervision.column.next"), g -> when(g.nextSession()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("mentoring.intervision.title"));
        grid.setAllRowsVisible(true);
        Anchor knowledge = new Anchor("kennisbank/begeleiding", getTranslation("mentoring.intervision.knowledge"));
        add(folding.hint(), grid, empty, new Div(knowledge));
        refresh();
    }

    void refresh() {
        List<GroupSummary> groups = intervision.groups();
        grid.setItems(groups);
        grid.setVisible(!groups.isEmpty());
        empty.setVisible(groups.isEmpty());
        empty.setText(getTranslation(coordinator ? "mentoring.intervision.empty.coordinator"
                : "mentoring.intervision.empty"));
    }

    private Component size(GroupSummary group) {
        Span count = new Span(sizeText(group));
        if (group.sizeIsOff()) {
            count.addClassNames("badge", "error");
        }
        return count;
    }

    private String sizeText(GroupSummary group) {
        String count = getTranslation("mentoring.intervision.members.count", group.members());
        return group.sizeIsOff() ? count + " – " + getTranslation("mentoring.intervision.size.off.short",
                IntervisionGroup.MIN_MEMBERS, IntervisionGroup.MAX_MEMBERS) : count;
    }

    private String when(LocalDateTime at) {
        return at == null ? getTranslation("mentoring.intervision.next.none")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(at);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "mentoring.intervision.title");
    }
}
