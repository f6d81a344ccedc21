package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.PoolReport;
import nl.kwartiermaker.pool.PoolReportLinks;
import nl.kwartiermaker.pool.PoolReportService;
import nl.kwartiermaker.pool.PoolReportTexts;
import nl.kwartiermaker.pool.ReportDocument;

/**
 * One half-yearly report: the document as it reads in the PDF and DOCX (parts a–e), with both downloads. On a draft
 * the coordinator writes parts c, d and e and finalises it after the half-year, with a confirmation, since a
 * finalised report never changes. A partner contact reads only finalised reports of their own municipality and of the
 * region; any other id reads as not found.
 */
@Route(PoolReportLinks.LIST + "/:id")
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class PoolReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Tables longer than this fold away until opened: a region's deployments can run to hundreds of lines. */
    static final int FOLD_ROWS_OVER = 15;

    private final transient PoolReportService reports;
    private final AuthenticationContext signedIn;
    final TextArea addedValue = new TextArea();
    final TextArea trends = new TextArea();
    final TextArea otherResults = new TextArea();
    final Button save = new Button();
    final Button finalise = new Button();
    private final Div content = new Div();
    private long id;
    private PoolReport report;
    private String title = "";

    PoolReportView(PoolReportService reports, AuthenticationContext signedIn) {
        this.reports = reports;
        this.signedIn = signedIn;
        addClassName("page");
        addedValue.setLabel(getTranslation("pool.reports.part.c"));
        addedValue.setHelperText(getTranslation("pool.reports.c.help"));
        trends.setLabel(getTranslation("pool.reports.part.d"));
        trends.setHelperText(getTranslation("pool.reports.d.help"));
        otherResults.setLabel(getTranslation("pool.reports.part.e"));
        otherResults.setHelperText(getTranslation("pool.reports.e.help"));
        for (TextArea area : List.of(addedValue, trends, otherResults)) {
            area.setMaxLength(PoolReport.TEXT_MAX);
            area.setWidthFull();
            area.setMinRows(3);
        }
        save.setText(getTranslation("pool.reports.save"));
        save.addClickListener(e -> save());
        finalise.setText(getTranslation("pool.reports.finalise"));
        finalise.addThemeVariants(ButtonVariant.PRIMARY);
        finalise.addClickListener(e -> Confirmation.ask(getTranslation("pool.reports.finalise.confirm.title"),
                getTranslation("pool.reports.finalise.confirm"), getTranslation("pool.reports.finalise"),
                this::finaliseNow));
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(reports.open(id, getLocale()));
        } catch (NumberFormatException | InvalidInput gone) {
            showGone();
        }
    }

    private void showGone() {
        report = null;
        title = getTranslation("pool.reports.gone.title");
        content.removeAll();
        content.add(new ViewHeader(title, getTranslation("pool.error.notfound")),
                new Anchor(PoolReportLinks.LIST, getTranslation("pool.reports.back")));
    }

    private void show(PoolReportService.Opened opened) {
        report = opened.report();
        String scope = opened.partnerName() == null ? getTranslation("pool.reports.scope.region")
                : opened.partnerName();
        title = getTranslation("pool.reports.line", scope, reports.periodName(report.period(), getLocale()));
        content.removeAll();
        Anchor back = new Anchor(PoolReportLinks.LIST, getTranslation("pool.reports.back"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation(report.isFinal() ? "pool.reports.detail.final"
                : "pool.reports.detail.draft"));
        content.add(back, header, new PoolNavigation(signedIn, PoolReportLinks.LIST), status(), downloads());
        boolean writing = signedIn.hasRole(Role.Names.POOL_COORDINATOR) && !report.isFinal();
        if (writing) {
            content.add(form());
        }
        content.add(document(opened.document(), writing));
    }

    private Paragraph status() {
        Paragraph status = new Paragraph();
        status.addClassName("pool-report-status");
        status.getElement().appendChild(Marks.text(getTranslation(report.getStatus().labelKey()), "badge",
                "pool-report-" + report.getStatus().name().toLowerCase(Locale.ROOT)));
        if (report.isFinal()) {
            DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(PortalTime.ZONE);
            status.getElement().appendChild(Marks.text(" " + getTranslation("pool.reports.finalised_by",
                    moments.format(report.getFinalisedAt()), report.getFinalisedBy()), "muted"));
        } else {
            status.getElement().appendChild(Marks.text(" " + getTranslation("pool.reports.live"), "muted"));
        }
        return status;
    }

    private Div downloads() {
        Div downloads = new Div();
        downloads.addClassName("pool-report-downloads");
        Locale locale = getLocale();
        long reportId = id;
        for (PoolReportService.Format format : PoolReportService.Format.values()) {
            String key = "pool.reports.download." + format.extension + (report.isFinal() ? "" : ".concept");
            DownloadLink link = new DownloadLink(getTranslation(key), () -> {
                PoolReportService.ReportFile file = reports.download(reportId, format, locale);
                return new DownloadLink.Document(file.fileName(), file.contentType(), file.bytes());
            });
            link.addClassNames("button-link", "download-" + format.extension);
            downloads.add(link);
        }
        return downloads;
    }

    private Section form() {
        Section form = new Section(new H2(getTranslation("pool.reports.write")),
                new Paragraph(getTranslation("pool.reports.write.help")));
        form.addClassName("pool-report-form");
        addedValue.setValue(report.getAddedValue());
        trends.setValue(report.getTrends());
        otherResults.setValue(report.getOtherResults());
        Div buttons = new Div(save, finalise);
        buttons.addClassName("pool-report-buttons");
        form.add(addedValue, trends, otherResults, buttons);
        return form;
    }

    private PoolReportTexts typed() {
        return new PoolReportTexts(addedValue.getValue(), trends.getValue(), otherResults.getValue());
    }

    private void save() {
        reports.write(id, report.getVersion(), typed());
        Notices.success(getTranslation("pool.reports.saved"));
        show(reports.open(id, getLocale()));
    }

    private void finaliseNow() {
        reports.finalise(id, report.getVersion(), typed(), getLocale());
        Notices.success(getTranslation("pool.reports.finalised"));
        show(reports.open(id, getLocale()));
    }

    /** The report as the documents print it; with the form above, the coordinator's texts show as last saved. */
    private Section document(ReportDocument document, boolean preview) {
        Section section = new Section();
        section.addClassName("pool-report-document");
        if (preview) {
            section.add(new H2(getTranslation("pool.reports.preview")));
        }
        Element body = section.getElement();
        for (ReportDocument.Block block : document.blocks()) {
            switch (block) {
                case ReportDocument.Heading heading -> body.appendChild(new Element(preview ? "h3" : "h2")
                        .setText(heading.text()));
                case ReportDocument.Text text -> {
                    Element paragraph = new Element("p").setText(text.text());
                    paragraph.getClassList().add("pool-report-text");
                    paragraph.getClassList().set("muted", text.muted());
                    body.appendChild(paragraph);
                }
                case ReportDocument.Table table -> {
                    if (table.rows().size() > FOLD_ROWS_OVER) {
                        Details details = new Details(getTranslation("pool.reports.fold", table.caption(),
                                table.rows().size()));
                        section.add(LazyDetails.buildWhenOpened(details,
                                () -> details.getElement().appendChild(table(table))));
                    } else {
                        body.appendChild(table(table));
                    }
                }
                case ReportDocument.Bars bars -> section.add(chart(bars));
            }
        }
        return section;
    }

    private Element table(ReportDocument.Table table) {
        Element element = new Element("table");
        element.getClassList().add("data-table");
        element.appendChild(new Element("caption").setText(table.caption()));
        Element head = new Element("tr");
        for (int c = 0; c < table.headers().size(); c++) {
            head.appendChild(cell("th", table.headers().get(c), table.numeric().get(c)));
        }
        element.appendChild(new Element("thead").appendChild(head));
        Element rows = new Element("tbody");
        for (int r = 0; r < table.rows().size(); r++) {
            Element row = new Element("tr");
            if (table.totalRow() && r == table.rows().size() - 1) {
                row.getClassList().add("total");
            }
            for (int c = 0; c < table.headers().size(); c++) {
                row.appendChild(cell("td", table.rows().get(r).get(c), table.numeric().get(c)));
            }
            rows.appendChild(row);
        }
        element.appendChild(rows);
        return scrollable(element, table.caption());
    }

    private static Element cell(String tag, String text, boolean numeric) {
        Element cell = new Element(tag).setText(text);
        if (numeric) {
            cell.getClassList().add("number");
        }
        return cell;
    }

    /** A wide table scrolls sideways inside its own box, which the keyboard can reach and a screen reader names. */
    private static Element scrollable(Element table, String name) {
        Element box = new Element("div");
        box.getClassList().add("table-scroll");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", name);
        return box.appendChild(table);
    }

    private Div chart(ReportDocument.Bars bars) {
        Element head = new Element("tr").appendChild(cell("th", bars.labelHeader(), false),
                cell("th", bars.valueHeader(), true));
        Element rows = new Element("tbody");
        for (int i = 0; i < bars.labels().size(); i++) {
            rows.appendChild(new Element("tr").appendChild(cell("td", bars.labels().get(i), false),
                    cell("td", bars.valueTexts().get(i), true)));
        }
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("caption").setText(bars.caption()), new Element("thead").appendChild(head),
                rows);
        // HoursChart escapes every text it is given, so this markup carries no raw text into the page
        Div figure = new Div(new Html("<div class=\"chart\">" + HoursChart.svg(bars) + "</div>"));
        figure.addClassName("pool-report-chart");
        figure.getElement().appendChild(table);
        return figure;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
