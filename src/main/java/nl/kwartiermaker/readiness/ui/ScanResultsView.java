package nl.kwartiermaker.readiness.ui;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Markup;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.readiness.GroupThreshold;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundOverview;
import nl.kwartiermaker.readiness.ScanResults;
import nl.kwartiermaker.readiness.ScanResultsService;
import nl.kwartiermaker.readiness.ScoreScale;
import nl.kwartiermaker.traject.ChecklistService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The results of one round: response per group, the heat map of themes × groups, a radar per group, the answers per
 * statement, the largest differences between groups, advice for the weakest themes and the open answers. Groups
 * under the anonymity threshold are never shown; each chart has its figures in a table beside it.
 */
@Route("scans/:id/resultaten")
@RolesAllowed(Role.Names.STAFF)
class ScanResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ScanResultsService scans;
    final ComboBox<RoundOverview> compareWith = new ComboBox<>();
    final Div comparison = new Div();
    private long roundId;
    private String title = "";
    private boolean manager;
    private List<RoundOverview> otherRounds = List.of();

    ScanResultsView(ScanResultsService scans) {
        this.scans = scans;
        addClassNames("page", "scan-results-page");
        // once: show() runs on every navigation, also to another round in this same view
        compareWith.setItemLabelGenerator(RoundOverview::name);
        compareWith.addValueChangeListener(e -> {
            comparison.removeAll();
            if (e.getValue() != null) {
                showComparison(scans.compare(roundId, e.getValue().id()));
            }
        });
        comparison.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            roundId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(scans.resultsPage(roundId));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (InvalidInput e) {
            if (e.messageKey().equals("scan.error.notfound")) {
                event.rerouteToError(NotFoundException.class);
            } else {
                removeAll();
                title = getTranslation("scan.results.title.plain");
                add(new ViewHeader(title, getTranslation(e.messageKey(), e.params())));
            }
        } catch (AccessDeniedException e) {
            // the traject is visible (open to all staff) but its results are for its members only
            removeAll();
            title = getTranslation("scan.results.title.plain");
            add(new ViewHeader(title, getTranslation("scan.error.results.members")));
        }
    }

    private void show(ScanResultsService.ResultsPage page) {
        ScanResults results = page.results();
        manager = page.mayManage();
        otherRounds = page.otherRounds();
        removeAll();
        title = getTranslation("scan.results.title", results.roundName());
        Anchor back = new Anchor("trajecten/" + results.trajectId() + "/scans", getTranslation("scan.rounds.short"));
        back.addClassName("breadcrumbs");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        ViewHeader header = new ViewHeader(title, getTranslation("scan.results.purpose",
                dates.format(results.opensOn()), dates.format(results.closesOn()),
                getTranslation(results.state().labelKey()), GroupThreshold.MINIMUM));
        if (results.released()) {
            header.withActions(download("pdf"), download("csv"));
        }
        add(back, header);
        DutchContent.notice(this).ifPresent(this::add);
        add(response(results));
        if (!results.released()) {
            // figures that change with every answer would tell what the latest respondents said (decision 0005)
            Paragraph pending = new Paragraph(getTranslation("scan.results.pending",
                    dates.format(results.closesOn())));
            pending.addClassName("note");
            add(pending);
            if (manager) {
                add(new Paragraph(getTranslation("scan.results.pending.manager")));
            }
            return;
        }
        if (!results.anyResponses()) {
            add(new Paragraph(getTranslation("scan.results.empty")));
            return;
        }
        add(heatMap(results), radars(results), statements(results), gaps(results), advice(results),
                openAnswers(results), compare(results));
    }

    private Anchor download(String format) {
        Locale locale = getLocale();
        Anchor link = new DownloadLink(getTranslation("scan.results.download." + format), () -> {
            byte[] bytes = format.equals("pdf") ? scans.pdf(roundId, locale) : scans.csv(roundId, locale);
            return new DownloadLink.Document("scan-" + roundId + "." + format,
                    format.equals("pdf") ? "application/pdf" : "text/csv", bytes);
        });
        link.addClassName("button-link");
        return link;
    }

    private Section response(ScanResults results) {
        Section section = section("scan.results.response", "scan-response");
        List<List<Object>> rows = new ArrayList<>();
        for (ScanResults.GroupResponse group : results.groups()) {
            rows.add(List.of(getTranslation(group.group().labelKey()), String.valueOf(group.invited()),
                    String.valueOf(group.answeredInvitations()),
                    group.responseRate().map(r -> String.format(getLocale(), "%.0f%%", r * 100)).orElse("–"),
                    String.valueOf(group.responses()),
                    getTranslation("scan.visibility." + group.visibility().name().toLowerCase(Locale.ROOT))));
        }
        String caption = getTranslation("scan.results.response.caption");
        section.add(ResultMarkup.scrollable(ResultMarkup.table(caption, "", List.of(
                getTranslation("scan.col.group"), getTranslation("scan.col.invited"),
                getTranslation("scan.col.answered"), getTranslation("scan.col.rate"),
                getTranslation("scan.col.responses"), getTranslation("scan.col.shown")), rows), caption));
        section.getElement().appendChild(Marks.element("p", getTranslation("scan.results.response.help"), "muted"));
        List<String> protecting = results.groups().stream()
                .filter(g -> g.visibility() == GroupThreshold.Visibility.PROTECTS_ANOTHER)
                .map(g -> getTranslation(g.group().labelKey())).toList();
        if (!protecting.isEmpty()) {
            // a group with enough answers that is hidden anyway puzzles people unless the page says why
            section.add(Marks.note(getTranslation("scan.results.protecting", String.join(", ", protecting),
                    GroupThreshold.MINIMUM)));
        }
        if (!results.totalsShown() && results.anyResponses()) {
            section.add(new Paragraph(getTranslation("scan.results.too.few", GroupThreshold.MINIMUM)));
        }
        return section;
    }

    private List<RespondentGroup> shownGroups(ScanResults results) {
        return results.groups().stream().filter(ScanResults.GroupResponse::shown)
                .map(ScanResults.GroupResponse::group).toList();
    }

    /** Themes × groups: colour for a quick look, the score as text in every cell. */
    private Section heatMap(ScanResults results) {
        Section section = section("scan.results.heatmap", "scan-heatmap");
        section.getElement().appendChild(Marks.element("p", getTranslation("scan.results.heatmap.help")));
        List<RespondentGroup> groups = shownGroups(results);
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("scan.col.theme"));
        groups.forEach(g -> headers.add(getTranslation(g.labelKey())));
        headers.add(getTranslation("scan.col.everyone"));
        List<List<Object>> rows = new ArrayList<>();
        for (ScanResults.ThemeResult theme : results.themes()) {
            List<Object> row = new ArrayList<>();
            row.add(theme.title());
            groups.forEach(g -> row.add(scoreCell(theme.score(g))));
            row.add(scoreCell(theme.overallScore()));
            rows.add(row);
        }
        String caption = getTranslation("scan.results.heatmap.caption");
        section.add(ResultMarkup.scrollable(ResultMarkup.table(caption, "heatmap", headers, rows), caption),
                legend());
        return section;
    }

    private ResultMarkup.Cell scoreCell(Optional<Double> score) {
        return new ResultMarkup.Cell(score.map(s -> "<td class=\"score\" style=\"background-color: "
                + ScoreScale.colour(s) + "\">" + escape(ScoreScale.format(s, getLocale())) + "</td>")
                .orElse("<td class=\"no-score\">–</td>"));
    }

    private Component legend() {
        StringBuilder html = new StringBuilder();
        for (int score = 1; score <= 5; score++) {
            html.append("<span class=\"swatch\" style=\"background-color: ").append(ScoreScale.colour(score))
                    .append("\">").append(score).append("</span>");
        }
        html.append("<span> ").append(escape(getTranslation("scan.results.legend"))).append("</span>");
        Div legend = ResultMarkup.markup(html.toString());
        legend.addClassName("heat-legend");
        return legend;
    }

    private Section radars(ScanResults results) {
        Section section = section("scan.results.radars", "scan-radars");
        List<RespondentGroup> groups = shownGroups(results);
        if (groups.isEmpty()) {
            section.add(new Paragraph(getTranslation("scan.results.radars.none", GroupThreshold.MINIMUM)));
            return section;
        }
        section.getElement().appendChild(Marks.element("p", getTranslation("scan.results.radars.help")));
        // the figures, their tables in a native <details> and the legend are one piece of markup: the browser opens
        // a table without asking the server, and the page keeps no node per cell (ScanCharts escapes like ResultMarkup)
        StringBuilder html = new StringBuilder();
        for (RespondentGroup group : groups) {
            String name = getTranslation(group.labelKey());
            List<ScanCharts.Axis> axes = results.themes().stream()
                    .map(t -> new ScanCharts.Axis(t.title(), t.byGroup().get(group))).toList();
            List<List<Object>> rows = new ArrayList<>();
            axes.forEach(a -> rows.add(List.of(a.label(), a.score() == null ? "–"
                    : ScoreScale.format(a.score(), getLocale()))));
            html.append("<div class=\"radar-figure\">").append(Markup.tag("h3", name))
                    .append("<div class=\"chart\">")
                    .append(ScanCharts.radar(getTranslation("scan.results.radar.alt", name), axes, getLocale()))
                    .append("</div><details>")
                    .append(Markup.tag("summary", getTranslation("scan.results.as.table", name)))
                    .append(ResultMarkup.table(getTranslation("scan.results.radar.alt", name), "",
                            List.of(getTranslation("scan.col.theme"), getTranslation("scan.col.score")), rows))
                    .append("</details></div>");
        }
        Div grid = ResultMarkup.markup(html.toString());
        grid.addClassName("radar-grid");
        String legendTitle = getTranslation("scan.results.radar.legend");
        section.add(grid);
        section.getElement().appendChild(Marks.element("p", legendTitle));
        section.add(ResultMarkup.markup(ResultMarkup.list("ol", "radar-legend",
                legendTitle, results.themes().stream().map(ScanResults.ThemeResult::title).toList())));
        return section;
    }

    private Section statements(ScanResults results) {
        Section section = section("scan.results.statements", "scan-statements");
        if (results.statements().isEmpty()) {
            section.add(new Paragraph(getTranslation("scan.results.too.few", GroupThreshold.MINIMUM)));
            return section;
        }
        section.getElement().appendChild(Marks.element("p", getTranslation("scan.results.statements.help")));
        // a row per statement with its bar and counts was the largest part of the page's memory per session, and
        // most readers start from the heat map: the table is built when someone opens it
        Details details = new Details(getTranslation("scan.results.statements.open", results.statements().size()));
        details.addClassName("statements-details");
        section.add(LazyDetails.buildWhenOpened(details, () -> details.add(distribution(results))));
        return section;
    }

    private Component distribution(ScanResults results) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("scan.col.statement"),
                getTranslation("scan.col.bar")));
        for (int v : new int[] {1, 2, 3, 4, 5, 0}) {
            headers.add(getTranslation("scan.scale." + v));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ScanResults.StatementResult statement : results.statements()) {
            List<Object> row = new ArrayList<>();
            row.add(statement.text() + (statement.reverse() ? " " + getTranslation("scan.results.reversed") : "")
                    + (statement.expertText() == null ? ""
                    : " " + getTranslation("scan.results.expert.wording", statement.expertText())));
            // markup from ScanCharts holds only numbers and fixed colours; no user text reaches it
            row.add(new ResultMarkup.Cell("<td class=\"bar-cell\">"
                    + ScanCharts.distributionBar(statement.counts()) + "</td>"));
            for (int v : new int[] {1, 2, 3, 4, 5, 0}) {
                row.add(String.valueOf(statement.counts()[v]));
            }
            rows.add(row);
        }
        String caption = getTranslation("scan.results.statements.caption");
        return ResultMarkup.scrollable(ResultMarkup.table(caption, "distribution", headers, rows), caption);
    }

    private Section gaps(ScanResults results) {
        Section section = section("scan.results.gaps", "scan-gaps");
        if (results.gaps().isEmpty()) {
            section.add(new Paragraph(getTranslation("scan.results.gaps.none")));
            return section;
        }
        section.add(ResultMarkup.markup(ResultMarkup.list("ul", "", null, results.gaps().stream()
                .map(gap -> getTranslation("scan.results.gap", gap.themeTitle(),
                        getTranslation(gap.low().labelKey()), ScoreScale.format(gap.lowScore(), getLocale()),
                        getTranslation(gap.high().labelKey()), ScoreScale.format(gap.highScore(), getLocale()),
                        ScoreScale.format(gap.difference(), getLocale()))).toList())));
        return section;
    }

    private Section advice(ScanResults results) {
        Section section = section("scan.results.advice", "scan-advice");
        if (results.advice().isEmpty()) {
            section.add(new Paragraph(getTranslation(results.totalsShown() ? "scan.results.advice.none"
                    : "scan.results.too.few", GroupThreshold.MINIMUM)));
            return section;
        }
        for (ScanResults.Advice advice : results.advice()) {
            // markup in its own box: an element's innerHTML and child components do not mix
            Div card = new Div(ResultMarkup.markup(Markup.tag("h3", getTranslation(
                    "scan.results.advice.theme", advice.themeTitle(), ScoreScale.format(advice.score(), getLocale())))
                    + Markup.tag("p", advice.text())));
            card.addClassNames("card", "advice-card");
            Paragraph source = new Paragraph(new SourceCitation("scan.results.source", advice.source()));
            source.addClassName("muted");
            card.add(source);
            if (manager) {
                Button add = new Button(getTranslation("scan.results.advice.add"));
                add.addClickListener(e -> addToChecklist(advice));
                card.add(add);
            }
            section.add(card);
        }
        return section;
    }

    void addToChecklist(ScanResults.Advice advice) {
        ChecklistService.TemplateItem item = scans.addAdviceToChecklist(roundId, advice.themeKey());
        Notices.success(getTranslation(item.added() ? "scan.results.advice.added" : "scan.results.advice.present",
                item.title()));
    }

    private Section openAnswers(ScanResults results) {
        Section section = section("scan.results.open", "scan-open");
        if (results.openAnswers().isEmpty()) {
            section.add(new Paragraph(getTranslation("scan.results.open.none", GroupThreshold.MINIMUM)));
            return section;
        }
        // respondents' own words: escaped like every text in ResultMarkup, never read as markup
        StringBuilder html = new StringBuilder();
        String question = null;
        for (ScanResults.OpenAnswer answer : results.openAnswers()) {
            if (!answer.question().equals(question)) {
                html.append(question == null ? "" : "</ul>").append(Markup.tag("h3", answer.question()))
                        .append("<ul class=\"open-answers\">");
                question = answer.question();
            }
            html.append("<li>").append(escape(answer.text())).append(Markup.tag("span",
                    " — " + getTranslation(answer.group().labelKey()), "muted")).append("</li>");
        }
        section.add(ResultMarkup.markup(html.append("</ul>").toString()));
        return section;
    }

    private Section compare(ScanResults results) {
        Section section = section("scan.results.compare", "scan-compare");
        // only rounds whose results this person may read
        List<RoundOverview> others = otherRounds;
        if (others.isEmpty()) {
            section.add(new Paragraph(getTranslation("scan.results.compare.none")));
            return section;
        }
        compareWith.setLabel(getTranslation("scan.results.compare.with"));
        compareWith.setItems(others);
        comparison.removeAll();
        section.add(compareWith, comparison);
        return section;
    }

    private void showComparison(ScanResultsService.RoundComparison compared) {
        ScanResults before = compared.baseline();
        ScanResults after = compared.rescan();
        comparison.add(new Paragraph(getTranslation("scan.results.compare.help", before.roundName(),
                after.roundName())));
        List<RespondentGroup> groups = new ArrayList<>(shownGroups(before));
        groups.retainAll(shownGroups(after));
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("scan.col.theme"));
        groups.forEach(g -> headers.add(getTranslation(g.labelKey())));
        headers.add(getTranslation("scan.col.everyone"));
        List<List<Object>> rows = new ArrayList<>();
        for (ScanResults.ThemeResult theme : after.themes()) {
            Optional<ScanResults.ThemeResult> earlier = before.themes().stream()
                    .filter(t -> t.key().equals(theme.key())).findFirst();
            List<Object> row = new ArrayList<>();
            row.add(theme.title());
            for (RespondentGroup group : groups) {
                row.add(change(earlier.flatMap(t -> t.score(group)), theme.score(group)));
            }
            row.add(change(earlier.flatMap(ScanResults.ThemeResult::overallScore), theme.overallScore()));
            rows.add(row);
        }
        String caption = getTranslation("scan.results.compare.caption", before.roundName(), after.roundName());
        comparison.add(ResultMarkup.scrollable(ResultMarkup.table(caption, "", headers, rows), caption));
    }

    private String change(Optional<Double> before, Optional<Double> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "–";
        }
        double delta = after.get() - before.get();
        return getTranslation("scan.results.compare.cell", ScoreScale.format(before.get(), getLocale()),
                ScoreScale.format(after.get(), getLocale()), (delta >= 0 ? "+" : "") + ScoreScale.format(delta,
                        getLocale()));
    }

    private Section section(String titleKey, String className) {
        Section section = new Section();
        section.getElement().appendChild(Marks.element("h2", getTranslation(titleKey)));
        section.addClassNames("scan-section", className);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
