package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.MentoringOverviewService;
import nl.kwartiermaker.mentoring.MentoringOverviewService.CoordinatorOverview;
import nl.kwartiermaker.mentoring.MentoringOverviewService.ExpertRow;
import nl.kwartiermaker.mentoring.MentoringOverviewService.Mentee;
import nl.kwartiermaker.mentoring.MentoringOverviewService.MyOverview;
import nl.kwartiermaker.mentoring.MentoringOverviewService.Support;
import nl.kwartiermaker.mentoring.MentoringRegisterService;
import nl.kwartiermaker.user.UserService;

/**
 * Begeleiding's start: the coordinator's overview of every active expert (mentor, buddy, check-ins, onboarding,
 * warnings), the mentors' and buddies' load and the intervision groups whose size is off; for everyone their own part
 * (their page, the experts they support, proposals waiting for their answer). Read anew on every navigation here;
 * the grid and filters live across showings, with their listeners set once.
 */
@Route("begeleiding")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MENTOR, Role.Names.ERVARINGSDESKUNDIGE})
@Menu(order = 7, title = "mentoring.register.menu", icon = "vaadin:handshake")
class BegeleidingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int ALL_ROWS_UP_TO = 25;

    private final transient MentoringOverviewService overviews;
    private final boolean coordinator;
    final Grid<ExpertRow> experts = new Grid<>();
    final ComboBox<String> team = new ComboBox<>();
    final Checkbox onlyWarnings = new Checkbox();
    private final Div content = new Div();
    private GridListDataView<ExpertRow> shownExperts;
    private final Paragraph hint;

    BegeleidingView(MentoringOverviewService overviews, MentoringRegisterService register, UserService users,
                    AuthenticationContext authentication) {
        this.overviews = overviews;
        this.coordinator = authentication.hasRole(Role.Names.COORDINATOR);
        addClassName("page");
        ViewHeader header = new ViewHeader(getTranslation("mentoring.register.title"), getTranslation(coordinator
                ? "mentoring.register.purpose.coordinator" : "mentoring.register.purpose"));
        if (coordinator) {
            Button add = new Button(getTranslation("mentoring.register.add"), VaadinIcon.PLUS.create(),
                    e -> new PersonDialog(register, users, null, saved -> getUI()
                            .ifPresent(ui -> ui.navigate("begeleiding/" + saved.getId()))).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            header.withActions(add);
        }
        hint = coordinator ? buildExpertGrid() : null;
        content.setWidthFull();
        add(header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        content.removeAll();
        MyOverview mine = overviews.myOverview();
        content.add(myPart(mine));
        if (coordinator) {
            CoordinatorOverview overview = overviews.coordinatorOverview();
            content.add(expertsSection(overview), supportersSection(overview));
            if (!overview.groupsOff().isEmpty()) {
                content.add(groupsSection(overview));
            }
        }
    }

    private Component myPart(MyOverview mine) {
        Section part = new Section();
        part.addClassName("begeleiding-mine");
        mine.ownPage().ifPresent(id -> part.add(new Paragraph(new Anchor("begeleiding/" + id,
                getTranslation("mentoring.register.mine.page")))));
        if (!mine.supported().isEmpty()) {
            part.add(new H2(getTranslation("mentoring.register.mine.supported")), mentees(mine.supported()));
        }
        if (!mine.proposals().isEmpty()) {
            part.add(new H2(getTranslation("mentoring.register.mine.proposals")),
                    new Paragraph(getTranslation("mentoring.register.mine.proposals.help")), mentees(mine.proposals()));
        }
        if (!mine.supervised().isEmpty()) {
            part.add(new H2(getTranslation("mentoring.register.mine.supervised")), mentees(mine.supervised()));
        }
        if (!coordinator) {
            if (!mine.registered()) {
                part.add(Marks.note(getTranslation("mentoring.register.mine.unregistered")));
            } else if (mine.ownPage().isEmpty() && mine.supported().isEmpty() && mine.proposals().isEmpty()
                    && mine.supervised().isEmpty()) {
                part.add(Marks.note(getTranslation("mentoring.register.mine.nothing")));
            }
        }
        return part;
    }

    private UnorderedList mentees(List<Mentee> mentees) {
        UnorderedList list = new UnorderedList();
        list.addClassName("page-list");
        for (Mentee mentee : mentees) {
            ListItem item = new ListItem(new Anchor("begeleiding/" + mentee.personId(), mentee.name()));
            StringBuilder about = new StringBuilder();
            if (mentee.kind() != null) {
                about.append(getTranslation("mentoring.register.kind."
                        + mentee.kind().name().toLowerCase(Locale.ROOT)));
            }
            if (!mentee.team().isEmpty()) {
                about.append(about.isEmpty() ? "" : " · ").append(mentee.team());
            }
            if (mentee.nextCheckInDue() != null) {
                about.append(" · ").append(getTranslation("mentoring.register.column.due")).append(": ")
                        .append(date(mentee.nextCheckInDue()));
            }
            item.add(new Paragraph(about.toString()));
            if (mentee.overdue()) {
                item.add(Marks.badge(getTranslation("mentoring.register.warning.check_in_overdue"), "error"));
            }
            list.add(item);
        }
        return list;
    }

    /**
     * The coordinator's grid of experts and its filters, once; returns the hint for narrow screens. The link and the
     * warnings are rendered in the browser from two properties: a component per cell cost every session about 4 KB
     * per row.
     */
    private Paragraph buildExpertGrid() {
        experts.addColumn(LitRenderer.<ExpertRow>of("<a href=\"begeleiding/${item.id}\">${item.name}</a>")
                        .withProperty("id", ExpertRow::id).withProperty("name", ExpertRow::name))
                .setHeader(getTranslation("mentoring.register.column.name")).setFlexGrow(2);
        Grid.Column<ExpertRow> teamColumn = experts.addColumn(ExpertRow::team)
                .setHeader(getTranslation("mentoring.register.column.team")).setFlexGrow(1);
        Grid.Column<ExpertRow> mentor = experts.addColumn(e -> support(e.mentor()))
                .setHeader(getTranslation("mentoring.register.column.mentor")).setFlexGrow(1);
        Grid.Column<ExpertRow> buddy = experts.addColumn(e -> support(e.buddy()))
                .setHeader(getTranslation("mentoring.register.column.buddy")).setFlexGrow(1);
        Grid.Column<ExpertRow> checkIns = experts.addColumn(this::checkIns)
                .setHeader(getTranslation("mentoring.register.column.checkins")).setFlexGrow(1);
        Grid.Column<ExpertRow> onboarding = experts.addColumn(this::onboarding)
                .setHeader(getTranslation("mentoring.register.column.onboarding")).setAutoWidth(true).setFlexGrow(0);
        experts.addColumn(LitRenderer.<ExpertRow>of(
                        "${item.warnings.map(w => html`<span class=\"badge error\">${w}</span> `)}")
                        .withProperty("warnings", e -> e.warnings().stream().map(w -> getTranslation(w.labelKey()))
                                .toList()))
                .setHeader(getTranslation("mentoring.register.column.warnings")).setWidth("11rem").setFlexGrow(1);
        FoldingColumns<ExpertRow> folding = FoldingColumns.of(experts)
                .fold(teamColumn, getTranslation("mentoring.register.column.team"), ExpertRow::team)
                .fold(mentor, getTranslation("mentoring.register.column.mentor"), e -> support(e.mentor()))
                .fold(buddy, getTranslation("mentoring.register.column.buddy"), e -> support(e.buddy()))
                .fold(checkIns, getTranslation("mentoring.register.column.checkins"), this::checkIns)
                .fold(onboarding, getTranslation("mentoring.register.column.onboarding"), this::onboarding);
        experts.addThemeVariants(GridVariant.ROW_STRIPES);
        experts.setAriaLabel(getTranslation("mentoring.register.experts"));
        experts.setWidthFull();
        team.setLabel(getTranslation("mentoring.register.filter.team"));
        team.setClearButtonVisible(true);
        onlyWarnings.setLabel(getTranslation("mentoring.register.filter.warnings"));
        team.addValueChangeListener(e -> filter());
        onlyWarnings.addValueChangeListener(e -> filter());
        return folding.hint();
    }

    private Section expertsSection(CoordinatorOverview overview) {
        Section section = new Section(new H2(getTranslation("mentoring.register.experts")));
        section.addClassName("begeleiding-experts");
        if (overview.experts().isEmpty()) {
            section.add(Marks.note(getTranslation("mentoring.register.experts.empty")));
            return section;
        }
        long warned = overview.expertsWithWarnings();
        section.add(new Paragraph(getTranslation("mentoring.register.experts.count", overview.experts().size(),
                warned)));
        team.setItems(overview.teams());
        shownExperts = experts.setItems(overview.experts());
        // a short list shows whole; a long one scrolls inside the grid, which sends only the rows in sight
        experts.setAllRowsVisible(overview.experts().size() <= ALL_ROWS_UP_TO);
        experts.setHeight(overview.experts().size() <= ALL_ROWS_UP_TO ? null : "36rem");
        filter();
        Div filters = new Div(team, onlyWarnings);
        filters.addClassName("filter-bar");
        section.add(filters, hint, experts);
        return section;
    }

    void filter() {
        if (shownExperts == null) {
            return;
        }
        String chosen = team.getValue();
        boolean warned = onlyWarnings.getValue();
        shownExperts.setFilter(e -> (chosen == null || chosen.equals(e.team()))
                && (!warned || !e.warnings().isEmpty()));
        experts.setEmptyStateText(getTranslation("mentoring.register.experts.empty.filtered"));
    }

    private Section supportersSection(CoordinatorOverview overview) {
        Section section = new Section(new H2(getTranslation("mentoring.register.supporters")));
        section.addClassName("begeleiding-supporters");
        if (overview.supporters().isEmpty()) {
            section.add(Marks.note(getTranslation("mentoring.register.supporters.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("page-list");
        for (MentoringOverviewService.SupporterLoad supporter : overview.supporters()) {
            String offers = (supporter.mentor() ? getTranslation("mentoring.register.kind.mentor") : "")
                    + (supporter.mentor() && supporter.buddy() ? ", " : "")
                    + (supporter.buddy() ? getTranslation("mentoring.register.kind.buddy") : "");
            ListItem item = new ListItem(new Anchor("begeleiding/" + supporter.id(), supporter.name()),
                    new Paragraph(offers + " · " + getTranslation("mentoring.register.supporters.load",
                            supporter.active(), supporter.capacity())));
            if (!supporter.available()) {
                item.add(Marks.badge(getTranslation("mentoring.register.supporters.unavailable"), "contrast"));
            } else if (supporter.full()) {
                item.add(Marks.badge(getTranslation("mentoring.register.supporters.full"), "contrast"));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section groupsSection(CoordinatorOverview overview) {
        Section section = new Section(new H2(getTranslation("mentoring.register.groups")));
        section.addClassNames("warnings", "begeleiding-groups");
        UnorderedList list = new UnorderedList();
        overview.groupsOff().forEach(g -> list.add(new ListItem(getTranslation("mentoring.register.groups.off",
                g.name(), g.members()))));
        section.add(list);
        return section;
    }

    private String support(Support support) {
        if (support == null) {
            return "";
        }
        return support.proposed() ? getTranslation("mentoring.register.proposed", support.name()) : support.name();
    }

    private String checkIns(ExpertRow expert) {
        return expert.nextCheckInDue() == null ? "" : getTranslation("mentoring.register.checkins.value",
                expert.lastCheckIn() == null ? "–" : date(expert.lastCheckIn()), date(expert.nextCheckInDue()));
    }

    private String onboarding(ExpertRow expert) {
        return expert.onboardingTotal() == 0 ? "" : getTranslation("mentoring.register.onboarding.progress",
                expert.onboardingSettled(), expert.onboardingTotal());
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "mentoring.register.title");
    }
}
