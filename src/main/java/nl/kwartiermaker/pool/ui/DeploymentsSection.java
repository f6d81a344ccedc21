package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.List;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.pool.Deployment;
import nl.kwartiermaker.pool.DeploymentRequestService.DeploymentLine;
import nl.kwartiermaker.pool.DeploymentRequestService.RequestPage;
import nl.kwartiermaker.pool.PoolAssignmentService;
import nl.kwartiermaker.pool.RealisedHours;
import nl.kwartiermaker.pool.RealisedHoursService;

/**
 * Who is deployed on a request, and what each deployment realised: hours, residents reached and theme per week,
 * counts only. The latest weeks show; older ones are folded, read when opened. The coordinator records a week (again,
 * to correct it) and ends a deployment early. Read-only lines are bare elements: a request runs for years.
 */
class DeploymentsSection extends Section {

    /** Weeks shown without opening the older ones: about a month. */
    static final int SHOWN_WEEKS = 4;

    private final transient PoolAssignmentService assignments;
    private final transient RealisedHoursService hours;
    private final transient PortalTime time;
    private final transient Runnable onChange;

    DeploymentsSection(RequestPage page, PoolAssignmentService assignments, RealisedHoursService hours,
                       PortalTime time, Runnable onChange) {
        this.assignments = assignments;
        this.hours = hours;
        this.time = time;
        this.onChange = onChange;
        setId("inzet");
        addClassName("pool-deployments");
        add(new H2(getTranslation("pool.deploy.title")));
        if (page.deployments().isEmpty()) {
            add(new Paragraph(getTranslation(page.coordinator() ? "pool.deploy.none.coordinator"
                    : "pool.deploy.none.contact")));
            return;
        }
        boolean othersRun = page.deployments().stream().filter(l -> !l.deployment().isEnded()).count() > 1;
        page.deployments().forEach(line -> add(deployment(page, line, othersRun)));
    }

    private Div deployment(RequestPage page, DeploymentLine line, boolean othersRun) {
        Deployment deployment = line.deployment();
        Div block = new Div(new H3(line.expertName()));
        block.addClassName("pool-deployment");
        Element plan = new Element("p").appendChild(Marks.text(getTranslation("pool.deploy.plan",
                deployment.getHoursPerWeek(), PoolDates.period(this, deployment.getStartsOn(),
                        deployment.getEndsOn())) + " "), Marks.text(getTranslation(deployment.isEnded()
                ? "pool.deploy.ended" : "pool.deploy.running"), "badge", deployment.isEnded() ? "contrast" : "success"));
        block.getElement().appendChild(plan);
        if (!deployment.getReason().isEmpty()) {
            block.getElement().appendChild(new Element("p").appendChild(Marks.text(
                    getTranslation("pool.deploy.reason.kept", deployment.getReason()), "muted")));
        }
        block.getElement().appendChild(new Element("p").setText(getTranslation("pool.deploy.realised",
                line.totalHours(), line.totalResidents(), line.weeks().size())));
        if (page.coordinator()) {
            block.add(actions(page, line, othersRun));
        }
        List<RealisedHours> weeks = line.weeks();
        if (!weeks.isEmpty()) {
            block.getElement().appendChild(table(weeks.subList(0, Math.min(SHOWN_WEEKS, weeks.size())),
                    getTranslation("pool.deploy.weeks.recent", line.expertName())));
        }
        if (weeks.size() > SHOWN_WEEKS) {
            Details older = new Details(getTranslation("pool.deploy.weeks.older", weeks.size() - SHOWN_WEEKS));
            block.add(LazyDetails.buildWhenOpened(older, () -> older.getElement().appendChild(table(
                    weeks.subList(SHOWN_WEEKS, weeks.size()), getTranslation("pool.deploy.weeks.all",
                            line.expertName())))));
        }
        return block;
    }

    private Div actions(RequestPage page, DeploymentLine line, boolean othersRun) {
        Deployment deployment = line.deployment();
        Div actions = new Div();
        actions.addClassName("pool-actions");
        // hours are written once a week has begun; a deployment that starts later has none to write yet
        if (!PoolDates.mondayOf(deployment.getStartsOn()).isAfter(time.today())) {
            Button record = new Button(getTranslation("pool.deploy.hours.record"),
                    e -> new HoursDialog(hours, line, page.request().getTheme(), time.today(), onChange).open());
            record.setAriaLabel(getTranslation("pool.deploy.hours.record.aria", line.expertName()));
            actions.add(record);
        }
        if (!deployment.isEnded()) {
            Button end = new Button(getTranslation("pool.deploy.end"),
                    e -> new EndDialog(assignments, line, othersRun, time.today(), onChange).open());
            end.setAriaLabel(getTranslation("pool.deploy.end.aria", line.expertName()));
            end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(end);
        }
        return actions;
    }

    /** The weeks as a table of bare elements: week, hours, residents reached, theme. */
    private Element table(List<RealisedHours> weeks, String caption) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String key : List.of("pool.deploy.column.week", "pool.deploy.column.hours",
                "pool.deploy.column.residents", "pool.deploy.column.theme")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (RealisedHours week : weeks) {
            body.appendChild(new Element("tr").appendChild(
                    new Element("td").setText(PoolDates.week(this, week.getWeekStart())),
                    new Element("td").setText(getTranslation("pool.deploy.hours.value", week.getHours())),
                    new Element("td").setText(String.valueOf(week.getResidentsReached())),
                    new Element("td").setText(getTranslation(week.getTheme().labelKey()))));
        }
        table.appendChild(body);
        // on a phone the table scrolls inside its own box, which takes keyboard focus so it scrolls without a mouse
        Element scroll = new Element("div").setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", caption);
        scroll.getClassList().add("table-scroll");
        return scroll.appendChild(table);
    }
}
