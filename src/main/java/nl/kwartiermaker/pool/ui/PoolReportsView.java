package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.PoolPeriod;
import nl.kwartiermaker.pool.PoolReport;
import nl.kwartiermaker.pool.PoolReportLinks;
import nl.kwartiermaker.pool.PoolReportService;
import nl.kwartiermaker.pool.PoolReportStatus;

/**
 * The half-yearly reports. The coordinator picks a half-year and sees the region and every municipality with where
 * its report stands, and starts the ones still missing; a partner contact sees the finalised reports of their own
 * municipality and of the region. Lines of links rather than a grid: fifteen lines read the same at 320 px.
 */
@Route(PoolReportLinks.LIST)
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class PoolReportsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PoolReportService reports;
    private final AuthenticationContext signedIn;
    final Select<PoolPeriod> period = new Select<>();
    final Select<PoolReportService.ScopeLine> scope = new Select<>();
    final Button start = new Button();
    private final Div chooser = new Div(period);
    private final Section list = new Section();

    PoolReportsView(PoolReportService reports, AuthenticationContext signedIn) {
        this.reports = reports;
        this.signedIn = signedIn;
        addClassName("page");
        period.setLabel(getTranslation("pool.reports.period"));
        period.setMinWidth("16em");
        period.setItemLabelGenerator(p -> reports.periodName(p, getLocale()));
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showHalfYear(e.getValue());
                if (e.isFromClient()) {
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                            PoolReportLinks.halfYear(e.getValue())));
                }
            }
        });
        scope.setLabel(getTranslation("pool.reports.start.scope"));
        scope.setItemLabelGenerator(this::scopeName);
        start.setText(getTranslation("pool.reports.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> startReport());
        chooser.addClassName("pool-report-period");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // who is signed in is read here, not once: the router reuses this view for the next visit to its route
        boolean coordinator = signedIn.hasRole(Role.Names.POOL_COORDINATOR);
        removeAll();
        add(new ViewHeader(getTranslation("pool.reports.title"), getTranslation(coordinator
                ? "pool.reports.purpose" : "pool.reports.purpose.contact")),
                new PoolNavigation(signedIn, PoolReportLinks.LIST));
        if (!coordinator) {
            add(list);
            showFinalised();
            return;
        }
        add(chooser, list);
        List<PoolPeriod> periods = new ArrayList<>(reports.halfYears());
        PoolPeriod chosen = asked(event).orElseGet(reports::lastEnded);
        if (!periods.contains(chosen)) {
            periods.add(chosen);
            periods.sort(Comparator.comparing(PoolPeriod::firstDay).reversed());
        }
        period.setItems(periods);
        if (chosen.equals(period.getValue())) {
            showHalfYear(chosen);
        } else {
            period.setValue(chosen);
        }
    }

    /** The half-year in the address (?jaar=2026&half=1), as tasks and mails link to it. */
    private static Optional<PoolPeriod> asked(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        try {
            int year = Integer.parseInt(parameters.getSingleParameter("jaar").orElse(""));
            int half = Integer.parseInt(parameters.getSingleParameter("half").orElse(""));
            return half == 1 || half == 2 ? Optional.of(new PoolPeriod(year, half)) : Optional.empty();
        } catch (NumberFormatException none) {
            return Optional.empty();
        }
    }

    private void showHalfYear(PoolPeriod chosen) {
        list.removeAll();
        List<PoolReportService.ScopeLine> lines = reports.halfYear(chosen);
        list.add(new H2(reports.periodName(chosen, getLocale())));
        UnorderedList items = new UnorderedList();
        items.addClassName("pool-report-list");
        for (PoolReportService.ScopeLine line : lines) {
            ListItem item = new ListItem();
            if (line.report() == null) {
                item.getElement().appendChild(Marks.text(scopeName(line)),
                        Marks.text(" " + getTranslation("pool.reports.not_started"), "muted"));
            } else {
                item.add(new Anchor(PoolReportLinks.report(line.report().id()), scopeName(line)));
                item.getElement().appendChild(Marks.text(" "), status(line.report().status()));
            }
            items.add(item);
        }
        list.add(items);
        List<PoolReportService.ScopeLine> missing = lines.stream().filter(l -> l.report() == null).toList();
        if (missing.isEmpty()) {
            list.add(new Paragraph(getTranslation("pool.reports.all_started")));
            return;
        }
        scope.setItems(missing);
        scope.setValue(missing.getFirst());
        Div form = new Div(scope, start);
        form.addClassName("pool-report-start");
        list.add(new Paragraph(getTranslation("pool.reports.start.help")), form);
    }

    private void startReport() {
        PoolReportService.ScopeLine chosen = scope.getValue();
        if (chosen == null || period.getValue() == null) {
            return;
        }
        PoolReport report = reports.start(chosen.partnerId(), period.getValue());
        getUI().ifPresent(ui -> ui.navigate(PoolReportLinks.report(report.getId())));
    }

    private void showFinalised() {
        list.removeAll();
        List<PoolReportService.Summary> finalised = reports.finalised();
        if (finalised.isEmpty()) {
            list.add(Marks.note(getTranslation("pool.reports.none.contact")));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        UnorderedList items = new UnorderedList();
        items.addClassName("pool-report-list");
        for (PoolReportService.Summary report : finalised) {
            ListItem item = new ListItem(new Anchor(PoolReportLinks.report(report.id()),
                    getTranslation("pool.reports.line", report.partnerName() == null
                            ? getTranslation("pool.reports.scope.region") : report.partnerName(),
                            reports.periodName(report.period(), getLocale()))));
            item.getElement().appendChild(Marks.text(" " + getTranslation("pool.reports.finalised_on",
                    dates.format(report.finalisedAt())), "muted"));
            items.add(item);
        }
        list.add(items);
    }

    private String scopeName(PoolReportService.ScopeLine line) {
        return line.partnerId() == null ? getTranslation("pool.reports.scope.region") : line.partnerName();
    }

    private Element status(PoolReportStatus status) {
        return Marks.text(getTranslation(status.labelKey()), "badge",
                "pool-report-" + status.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.reports.title");
    }
}
