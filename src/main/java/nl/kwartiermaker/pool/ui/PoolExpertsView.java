package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.PoolExpert;
import nl.kwartiermaker.pool.PoolExpertService;
import nl.kwartiermaker.pool.PoolExpertService.ExpertLine;

/**
 * The pool's experts, for the pool coordinator: Begeleiding's register people with the pool's profile — where they
 * live or what ties them to the region, their training (who does not meet the pool's requirement is marked), the core
 * tasks they take on, and this week's planned hours against the hours they are available. Adding someone picks an
 * expert from the register or registers a new one there.
 */
@Route("pool/experts")
@RolesAllowed(Role.Names.POOL_COORDINATOR)
class PoolExpertsView extends VerticalLayout implements HasDynamicTitle {

    private final transient PoolExpertService experts;
    private final transient PortalTime time;
    final Grid<ExpertLine> grid = new Grid<>();
    final Button add = new Button();
    final Div training = new Div();

    PoolExpertsView(PoolExpertService experts, PortalTime time, AuthenticationContext signedIn) {
        this.experts = experts;
        this.time = time;
        addClassName("page");
        setSizeFull();
        add.setText(getTranslation("pool.experts.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> new ExpertDialog(experts, null, time.today(), this::refresh).open());
        add(new ViewHeader(getTranslation("pool.experts.title"), getTranslation("pool.experts.purpose"))
                .withActions(add), new PoolNavigation(signedIn, "pool/experts"), training);

        grid.addColumn(ExpertLine::name).setHeader(getTranslation("pool.experts.column.name")).setFlexGrow(2);
        Grid.Column<ExpertLine> residence = grid.addColumn(this::residence)
                .setHeader(getTranslation("pool.experts.column.residence")).setFlexGrow(2);
        Grid.Column<ExpertLine> trainingColumn = grid.addComponentColumn(this::trainingBadge)
                .setHeader(getTranslation("pool.experts.column.training")).setFlexGrow(1);
        Grid.Column<ExpertLine> tasks = grid.addColumn(this::tasks)
                .setHeader(getTranslation("pool.experts.column.tasks")).setFlexGrow(3);
        grid.addColumn(this::hours).setHeader(getTranslation("pool.experts.column.hours")).setFlexGrow(1);
        Grid.Column<ExpertLine> status = grid.addColumn(this::status)
                .setHeader(getTranslation("pool.experts.column.status")).setFlexGrow(1);
        grid.addComponentColumn(line -> {
            Button open = new Button(getTranslation("pool.experts.edit"), e -> edit(line));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            open.setAriaLabel(getTranslation("pool.experts.edit.aria", line.name()));
            return open;
        }).setHeader(getTranslation("pool.experts.column.actions")).setAutoWidth(true).setFlexGrow(0);
        FoldingColumns<ExpertLine> folding = FoldingColumns.of(grid).rowOpensRecord()
                .fold(residence, getTranslation("pool.experts.column.residence"), this::residence)
                .fold(trainingColumn, getTranslation("pool.experts.column.training"), this::trainingText)
                .fold(tasks, getTranslation("pool.experts.column.tasks"), this::tasks)
                .fold(status, getTranslation("pool.experts.column.status"), this::status);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("pool.experts.empty"));
        grid.setAriaLabel(getTranslation("pool.experts.title"));
        grid.setSizeFull();
        add(folding.hint(), grid);
        refresh();
    }

    void refresh() {
        List<ExpertLine> lines = experts.experts();
        grid.setItems(lines);
        List<String> belowRequirement = lines.stream().filter(l -> l.expert().isActive() && !l.leftRegister()
                && !l.expert().getTraining().meetsRequirement()).map(ExpertLine::name).toList();
        training.removeAll();
        if (!belowRequirement.isEmpty()) {
            training.add(Marks.note(getTranslation("pool.experts.training.short", belowRequirement.size(),
                    String.join(", ", belowRequirement))));
        }
    }

    private void edit(ExpertLine line) {
        new ExpertDialog(experts, line, time.today(), this::refresh).open();
    }

    private String residence(ExpertLine line) {
        PoolExpert expert = line.expert();
        if (expert.getRegionTie().isEmpty()) {
            return expert.getResidence();
        }
        return expert.getResidence().isEmpty() ? expert.getRegionTie()
                : expert.getResidence() + " · " + expert.getRegionTie();
    }

    private String trainingText(ExpertLine line) {
        return getTranslation(line.expert().getTraining().labelKey());
    }

    private Span trainingBadge(ExpertLine line) {
        boolean meets = line.expert().getTraining().meetsRequirement();
        return Marks.badge(meets ? trainingText(line) : getTranslation("pool.experts.training.not_met",
                trainingText(line)), meets ? "contrast" : "error");
    }

    private String tasks(ExpertLine line) {
        return line.expert().getCoreTasks().stream()
                .map(t -> getTranslation("pool.experts.task." + t.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    private String hours(ExpertLine line) {
        return getTranslation("pool.experts.hours.value", line.plannedThisWeek(), line.expert().getHoursAvailable());
    }

    private String status(ExpertLine line) {
        if (line.leftRegister()) {
            return getTranslation("pool.experts.status.left");
        }
        return getTranslation(line.expert().isActive() ? "pool.experts.status.active" : "pool.experts.status.inactive");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.experts.title");
    }
}
