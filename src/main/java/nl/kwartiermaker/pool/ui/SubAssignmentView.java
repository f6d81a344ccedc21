package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.SubAssignment;
import nl.kwartiermaker.pool.SubAssignmentProgress;
import nl.kwartiermaker.pool.SubAssignmentService;
import nl.kwartiermaker.pool.SubAssignmentService.Page;

/**
 * One sub-assignment: for whom, its goals, way of monitoring, frequency and way of accounting, period, hours and
 * status, and its progress log, newest line first. The coordinator changes it and adds lines, which stay as
 * written; a contact reads their own municipality's and the regional ones. Any other reads as not found.
 */
@Route(value = "pool/deelopdrachten/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class SubAssignmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SubAssignmentService subAssignments;
    private final AuthenticationContext authentication;
    final Button edit = new Button();
    final TextArea note = new TextArea();
    final Button addLine = new Button();
    private final Div body = new Div();
    private transient Page shown;
    private String title = "";

    SubAssignmentView(SubAssignmentService subAssignments, AuthenticationContext authentication) {
        this.subAssignments = subAssignments;
        this.authentication = authentication;
        addClassName("page");
        edit.setText(getTranslation("pool.sub.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> new SubAssignmentDialog(subAssignments, shown.subAssignment(), null,
                shown.dates(), saved -> reload()).open());
        note.setLabel(getTranslation("pool.sub.progress.field"));
        note.setHelperText(getTranslation("pool.sub.progress.field.help"));
        note.setMaxLength(SubAssignmentProgress.NOTE_MAX);
        note.setWidthFull();
        addLine.setText(getTranslation("pool.sub.progress.add"));
        addLine.addThemeVariants(ButtonVariant.PRIMARY);
        addLine.addClickListener(e -> addLine());
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(subAssignments.page(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInput notFound) {
            showGone();
        }
    }

    void reload() {
        show(subAssignments.page(shown.subAssignment().getId()));
    }

    private void showGone() {
        shown = null;
        title = getTranslation("pool.sub.gone.title");
        body.removeAll();
        body.add(new ViewHeader(title, getTranslation("pool.error.notfound")), navigation(),
                new Paragraph(new Anchor("pool/deelopdrachten", getTranslation("pool.sub.all"))));
    }

    private void show(Page page) {
        shown = page;
        SubAssignment sub = page.subAssignment();
        title = sub.getTitle();
        body.removeAll();
        Anchor back = new Anchor("pool/deelopdrachten", getTranslation("pool.sub.back"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(sub.getTitle(), sub.isRegional()
                ? getTranslation("pool.sub.page.purpose.regional")
                : getTranslation("pool.sub.page.purpose", page.partnerName()));
        if (page.mayWrite()) {
            header.withActions(edit);
        }
        body.add(back, header, navigation(), facts(page), progress(page));
    }

    private Div facts(Page page) {
        SubAssignment sub = page.subAssignment();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("row-details");
        fact(facts, "pool.sub.field.for", sub.isRegional() ? getTranslation("pool.sub.scope.regional")
                : page.partnerName());
        fact(facts, "pool.sub.field.status", getTranslation(sub.getStatus().labelKey()));
        fact(facts, "pool.sub.column.period", PoolFormat.period(this, sub.getStartsOn(), sub.getEndsOn()));
        fact(facts, "pool.sub.field.hours", getTranslation("pool.sub.hours", sub.getHours()));
        Div all = new Div(facts);
        all.getElement().appendChild(PoolFormat.facts(
                PoolFormat.fact(getTranslation("pool.sub.field.goals"), sub.getGoals()),
                PoolFormat.fact(getTranslation("pool.sub.field.monitoring"), sub.getMonitoring()),
                PoolFormat.fact(getTranslation("pool.sub.field.frequency"), sub.getFrequency()),
                PoolFormat.fact(getTranslation("pool.sub.field.accounting"), sub.getAccounting())));
        return all;
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private Section progress(Page page) {
        Section section = new Section(new H2(getTranslation("pool.sub.progress.title")));
        if (page.mayWrite()) {
            note.clear();
            Div form = new Div(note, addLine);
            form.addClassName("comment-form");
            section.add(form);
        }
        if (page.progress().isEmpty()) {
            section.add(new Paragraph(getTranslation(page.mayWrite() ? "pool.sub.progress.empty.coordinator"
                    : "pool.sub.progress.empty")));
            return section;
        }
        Element list = new Element("ul");
        list.getClassList().add("notification-list");
        for (SubAssignmentService.ProgressLine line : page.progress()) {
            Element item = new Element("li");
            item.appendChild(Marks.text(getTranslation("pool.sub.progress.written", PoolFormat.date(this,
                    line.line().getWrittenOn()), line.author()), "muted"));
            Element text = new Element("p").setText(line.line().getNote());
            text.getClassList().add("preserve-lines");
            item.appendChild(text);
            list.appendChild(item);
        }
        section.getElement().appendChild(list);
        return section;
    }

    private void addLine() {
        subAssignments.addProgress(shown.subAssignment().getId(), note.getValue());
        Notices.success(getTranslation("pool.sub.progress.added"));
        reload();
    }

    /** Made for each showing: it offers the signed-in person's places, and a view is reused between showings. */
    private PoolNavigation navigation() {
        return new PoolNavigation(authentication, "pool/deelopdrachten");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? PageTitles.of(this, "pool.sub.title") : PageTitles.ofText(this, title);
    }
}
