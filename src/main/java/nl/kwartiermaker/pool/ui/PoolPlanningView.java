package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kwartiermaker.base.HtmlPdf;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.AgreedDeviationService;
import nl.kwartiermaker.pool.FairShareService.Agreement;
import nl.kwartiermaker.pool.FairShareService.BudgetUse;
import nl.kwartiermaker.pool.FairShareService.PartnerShare;
import nl.kwartiermaker.pool.PoolPeriod;
import nl.kwartiermaker.pool.PoolPlanningService;
import nl.kwartiermaker.pool.PoolPlanningService.ExpertHours;
import nl.kwartiermaker.pool.PoolPlanningService.Filter;
import nl.kwartiermaker.pool.PoolPlanningService.Planning;
import nl.kwartiermaker.pool.PoolPlanningService.Slot;

/**
 * The pool's home: each municipality's realised share against the distribution key for a half-year or the year so
 * far, flagged beyond the threshold unless the partners agreed the deviation (the coordinator records and withdraws
 * that here), the year's budget, and the experts' planned and realised hours per month, or per week of one month.
 * A partner contact sees their own municipality only. The filters live in the address (?periode=2026-2&gemeente=…
 * &thema=…&expert=…&maand=2026-09), so a view can be shared and Back works. Listeners are set once; each showing reads
 * the planning anew in one service call.
 */
@Route("pool")
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
@Menu(order = 9, title = "pool.planning.menu", icon = "vaadin:cluster")
class PoolPlanningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** More columns than a half-year's months and a total need a wider window before they stack (styles.css). */
    private static final int SLOTS_THAT_FIT = 6;

    private final transient PoolPlanningService planning;
    private final transient AgreedDeviationService agreements;
    private final transient PortalTime time;
    private final boolean coordinator;

    final ComboBox<PoolPeriod> period = new ComboBox<>();
    final ComboBox<Long> municipality = new ComboBox<>();
    final ComboBox<ExperienceTheme> theme = new ComboBox<>();
    final ComboBox<Long> expert = new ComboBox<>();
    final ComboBox<HoursScale> weeksOf = new ComboBox<>();
    /** The shares' table, rewritten on each showing. */
    final Html shares = new Html("<div class=\"pool-share-table\"></div>");
    /** The experts' hours as one table element, rewritten on each showing. */
    final Html hours = new Html("<div class=\"pool-hours-table\"></div>");
    final Div deviations = new Div();
    private final Paragraph shareIntro = new Paragraph();
    private final Paragraph budgetLine = new Paragraph();
    private final Div shareNote = new Div();
    private final Paragraph hoursTotals = new Paragraph();
    private final Div hoursNote = new Div();
    private final Section shareSection;
    private final Section hoursSection;
    private final Div notLinked = new Div();
    private final Div shareTable;
    private final Map<Long, String> partnerNames = new LinkedHashMap<>();
    private final Map<Long, String> expertNames = new LinkedHashMap<>();
    /** What is shown now; read by the actions and by tests. */
    Planning shown;
    /** Set while the address or a new planning fills the fields, so that filling them does not read once per field. */
    private boolean filling;

    PoolPlanningView(PoolPlanningService planning, AgreedDeviationService agreements, PortalTime time,
                     AuthenticationContext signedIn) {
        this.planning = planning;
        this.agreements = agreements;
        this.time = time;
        this.coordinator = signedIn.hasRole(Role.Names.POOL_COORDINATOR);
        addClassName("page");
        add(new ViewHeader(getTranslation("pool.planning.title"), getTranslation(coordinator
                ? "pool.planning.purpose.coordinator" : "pool.planning.purpose.contact")),
                new PoolNavigation(signedIn, "pool"));

        period.setLabel(getTranslation("pool.planning.filter.period"));
        period.setItemLabelGenerator(p -> PoolTexts.period(this, p, time.today()));
        municipality.setLabel(getTranslation("pool.planning.filter.partner"));
        municipality.setItemLabelGenerator(id -> partnerNames.getOrDefault(id, ""));
        municipality.setClearButtonVisible(true);
        municipality.setVisible(coordinator);
        theme.setLabel(getTranslation("pool.planning.filter.theme"));
        theme.setItems(ExperienceTheme.values());
        theme.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        theme.setClearButtonVisible(true);
        expert.setLabel(getTranslation("pool.planning.filter.expert"));
        expert.setItemLabelGenerator(this::expertName);
        expert.setClearButtonVisible(true);
        weeksOf.setLabel(getTranslation("pool.planning.filter.view"));
        weeksOf.addClassName("pool-view-choice");
        weeksOf.setItemLabelGenerator(s -> s.weeksOf() == null ? getTranslation("pool.planning.filter.view.months")
                : getTranslation("pool.planning.filter.view.weeks", monthName(s.weeksOf(), TextStyle.FULL_STANDALONE)
                        + " " + s.weeksOf().getYear()));
        period.addValueChangeListener(e -> filtersChanged());
        municipality.addValueChangeListener(e -> filtersChanged());
        theme.addValueChangeListener(e -> filtersChanged());
        expert.addValueChangeListener(e -> filtersChanged());
        weeksOf.addValueChangeListener(e -> filtersChanged());
        Div filters = new Div(period, municipality, theme, expert, weeksOf);
        filters.addClassNames("filter-bar", "pool-filters");

        deviations.addClassName("pool-deviations");
        shareTable = new Div(shares);
        shareSection = new Section(new H2(getTranslation("pool.planning.share.title")), shareIntro, budgetLine,
                shareNote, shareTable, deviations);
        shareSection.addClassName("pool-shares");
        budgetLine.addClassName("pool-budget");

        hoursTotals.addClassName("muted");
        hoursSection = new Section(new H2(getTranslation("pool.planning.hours.title")),
                new Paragraph(getTranslation("pool.planning.hours.legend")), hoursTotals, hoursNote, hours);
        hoursSection.addClassName("pool-hours");

        notLinked.add(Marks.note(getTranslation("pool.planning.contact.unlinked")));
        notLinked.setVisible(false);
        Details explanation = new Details(getTranslation("pool.planning.explain.title"));
        LazyDetails.buildWhenOpened(explanation, () -> explanation.add(
                new Paragraph(getTranslation("pool.planning.explain.share")),
                new Paragraph(getTranslation("pool.planning.explain.hours")),
                new Paragraph(getTranslation("pool.planning.explain.agreed"))));
        add(filters, notLinked, shareSection, hoursSection, explanation);
    }

    /**
     * The shares as one table element: fourteen read-only lines that nobody acts on in place cost one node, not a grid
     * with its columns and rows. A screen narrower than the table needs (beside the menu) stacks each line's figures
     * under their labels (styles.css); the roles keep it a table for screen readers when it is stacked.
     */
    private String shareLines(List<PartnerShare> lines) {
        List<String> headers = Stream.of("pool.planning.share.partner", "pool.planning.share.key",
                "pool.planning.share.hours", "pool.planning.share.realised", "pool.planning.share.deviation",
                "pool.planning.share.state").map(key -> getTranslation(key)).toList();
        StringBuilder html = tableStart("pool-share-table", "pool-lines pool-share-lines",
                getTranslation("pool.planning.share.title"), headers);
        for (PartnerShare line : lines) {
            html.append("<tr role=\"row\"><th role=\"rowheader\" scope=\"row\">").append(HtmlPdf.escape(line.partnerName()))
                    .append("</th>");
            figure(html, headers.get(1), keyText(line));
            figure(html, headers.get(2), hoursText(line));
            figure(html, headers.get(3), realisedText(line));
            figure(html, headers.get(4), PoolTexts.points(line.deviation()));
            html.append("<td role=\"cell\" data-label=\"").append(HtmlPdf.escape(headers.get(5)))
                    .append("\"><span class=\"badge ").append(line.needsAttention() ? "error" : line.agreed()
                            ? "contrast" : "success").append("\">").append(HtmlPdf.escape(state(line)))
                    .append("</span></td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static void figure(StringBuilder html, String label, String value) {
        html.append("<td role=\"cell\" class=\"figure\" data-label=\"").append(HtmlPdf.escape(label))
                .append("\">").append(HtmlPdf.escape(value)).append("</td>");
    }


    private String keyText(PartnerShare share) {
        return PoolTexts.percent(share.keyPercentage());
    }

    private String hoursText(PartnerShare share) {
        return PoolTexts.hours(share.hours());
    }

    private String realisedText(PartnerShare share) {
        return PoolTexts.percent(share.realisedPercentage());
    }

    private String state(PartnerShare share) {
        return getTranslation(share.needsAttention() ? "pool.planning.state.flagged" : share.agreed()
                ? "pool.planning.state.agreed" : "pool.planning.state.within");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        LocalDate today = time.today();
        PoolPeriod chosen = parameters.getSingleParameter("periode").flatMap(PoolPlanningView::parsePeriod)
                .orElse(PoolPeriod.halfYearOf(today));
        filling = true;
        try {
            List<PoolPeriod> periods = periods(today);
            if (!periods.contains(chosen)) {
                periods.add(0, chosen);
            }
            period.setItems(periods);
            period.setValue(chosen);
            Long partner = coordinator ? parameters.getSingleParameter("gemeente").flatMap(PoolPlanningView::id)
                    .orElse(null) : null;
            if (partner != null) {
                municipality.setItems(partner);
            }
            municipality.setValue(partner);
            theme.setValue(parameters.getSingleParameter("thema").flatMap(PoolPlanningView::theme).orElse(null));
            Long one = parameters.getSingleParameter("expert").flatMap(PoolPlanningView::id).orElse(null);
            if (one != null) {
                expert.setItems(one);
            }
            expert.setValue(one);
            YearMonth month = parameters.getSingleParameter("maand").flatMap(PoolPlanningView::month).orElse(null);
            List<HoursScale> scales = scales(chosen);
            weeksOf.setItems(scales);
            weeksOf.setValue(scales.contains(new HoursScale(month)) ? new HoursScale(month) : HoursScale.MONTHS);
        } finally {
            filling = false;
        }
        show();
    }

    /** This half-year first, then the year so far and the periods of last year, newest first. */
    static List<PoolPeriod> periods(LocalDate today) {
        int year = today.getYear();
        List<PoolPeriod> periods = new ArrayList<>();
        if (today.getMonthValue() > 6) {
            periods.add(new PoolPeriod(year, 2));
        }
        periods.addAll(List.of(new PoolPeriod(year, 1), PoolPeriod.wholeYear(year), new PoolPeriod(year - 1, 2),
                new PoolPeriod(year - 1, 1), PoolPeriod.wholeYear(year - 1)));
        return periods;
    }

    /** The hours per month, or per week of one of the period's months. */
    record HoursScale(YearMonth weeksOf) {
        static final HoursScale MONTHS = new HoursScale(null);
    }

    private static List<HoursScale> scales(PoolPeriod period) {
        List<HoursScale> scales = new ArrayList<>(List.of(HoursScale.MONTHS));
        for (YearMonth m = YearMonth.from(period.firstDay()); !m.atDay(1).isAfter(period.lastDay());
                m = m.plusMonths(1)) {
            scales.add(new HoursScale(m));
        }
        return scales;
    }

    /** "2026-2" is the second half of 2026, "2026" the whole year. */
    static Optional<PoolPeriod> parsePeriod(String value) {
        try {
            String[] parts = value.split("-");
            int year = Integer.parseInt(parts[0]);
            if (year < 2000 || year > 2999 || parts.length > 2) {
                return Optional.empty();
            }
            return Optional.of(parts.length == 1 ? PoolPeriod.wholeYear(year)
                    : new PoolPeriod(year, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException notAPeriod) {
            return Optional.empty();
        }
    }

    private static String periodParameter(PoolPeriod period) {
        return period.isWholeYear() ? String.valueOf(period.year()) : period.year() + "-" + period.half();
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<ExperienceTheme> theme(String value) {
        return Arrays.stream(ExperienceTheme.values()).filter(t -> t.name().equalsIgnoreCase(value)).findFirst();
    }

    private static Optional<YearMonth> month(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    private void filtersChanged() {
        if (filling) {
            return;
        }
        if (period.isEmpty() || weeksOf.isEmpty()) {
            // both always have a choice: a field emptied by typing takes back what is shown
            filling = true;
            try {
                period.setValue(shown.filter().period());
                weeksOf.setValue(new HoursScale(shown.filter().month()));
            } finally {
                filling = false;
            }
            return;
        }
        if (shown != null && !period.getValue().equals(shown.filter().period())) {
            // another period has other months to show per week; a month it also holds stays chosen
            filling = true;
            try {
                List<HoursScale> scales = scales(period.getValue());
                HoursScale kept = weeksOf.getValue();
                weeksOf.setItems(scales);
                weeksOf.setValue(scales.contains(kept) ? kept : HoursScale.MONTHS);
            } finally {
                filling = false;
            }
        }
        show();
        remember();
    }

    private Filter filter() {
        return new Filter(period.getValue(), municipality.getValue(), theme.getValue(), expert.getValue(),
                weeksOf.getValue().weeksOf());
    }

    void show() {
        Planning planned = planning.planning(filter());
        shown = planned;
        notLinked.setVisible(!planned.linked());
        shareSection.setVisible(planned.linked());
        hoursSection.setVisible(planned.linked());
        if (!planned.linked()) {
            return;
        }
        offerChoices(planned);
        showShares(planned);
        showHours(planned);
    }

    /** The municipalities and experts to filter on, as this planning has them; a chosen one stays. */
    private void offerChoices(Planning planned) {
        filling = true;
        try {
            partnerNames.clear();
            planned.shares().partners().forEach(s -> partnerNames.put(s.partnerId(), s.partnerName()));
            Long partner = municipality.getValue();
            List<Long> partners = new ArrayList<>(partnerNames.keySet());
            if (partner != null && !partners.contains(partner)) {
                partners.add(partner);
            }
            municipality.setItems(partners);
            municipality.setValue(partner);

            planned.experts().forEach(o -> expertNames.put(o.expertId(), o.name()));
            Long one = expert.getValue();
            List<Long> experts = new ArrayList<>(planned.experts().stream()
                    .map(PoolPlanningService.ExpertOption::expertId).toList());
            if (one != null && !experts.contains(one)) {
                experts.add(one);
            }
            expert.setItems(experts);
            expert.setValue(one);
        } finally {
            filling = false;
        }
    }

    private String expertName(Long id) {
        String name = expertNames.get(id);
        return name != null ? name : getTranslation("pool.planning.hours.unknown", String.valueOf(id));
    }

    private void showShares(Planning planned) {
        var result = planned.shares();
        String periodName = PoolTexts.periodIn(this, result.period(), time.today());
        List<PartnerShare> lines = result.partners().stream()
                .filter(s -> municipality.getValue() == null || municipality.getValue() == s.partnerId()).toList();
        shareIntro.setText(getTranslation(coordinator ? "pool.planning.share.intro.coordinator"
                        : "pool.planning.share.intro.contact", periodName, PoolTexts.date(result.until()),
                PoolTexts.hours(result.totalHours()), PoolTexts.hours(result.threshold())));
        budgetLine.setText(budgetText(planned.budget()));
        shareNote.removeAll();
        if (result.partners().isEmpty()) {
            shareNote.add(coordinator ? noteWithLink(getTranslation("pool.planning.share.nokey"), "pool/gemeenten",
                    getTranslation("pool.planning.share.nokey.link"))
                    : Marks.note(getTranslation("pool.planning.share.nokey.contact")));
        } else if (result.totalHours().signum() == 0) {
            shareNote.add(Marks.note(getTranslation("pool.planning.share.nohours")));
        }
        shares.setHtmlContent(shareLines(lines));
        shareTable.setVisible(!lines.isEmpty());
        showDeviations(lines, periodName);
    }

    private String budgetText(BudgetUse budget) {
        String year = String.valueOf(budget.year());
        if (!budget.hasBudget()) {
            return getTranslation("pool.planning.budget.none", year);
        }
        String used = PoolTexts.hours(budget.usedHours());
        String available = PoolTexts.hours(budget.availableHours());
        if (budget.keyPercentage() == null) {
            return getTranslation("pool.planning.budget.region", year, available, used, budget.usedPercent(),
                    PoolTexts.date(budget.until()));
        }
        return getTranslation("pool.planning.budget.contact", year, available,
                PoolTexts.percent(budget.keyPercentage()), PoolTexts.hours(budget.budgetHours()), used,
                budget.usedPercent(), PoolTexts.date(budget.until()));
    }

    private Div noteWithLink(String text, String route, String linkText) {
        Div note = Marks.note(text);
        note.add(new Anchor(route, linkText));
        return note;
    }

    /** What strays from the key and what was agreed, each with what the coordinator can do about it. */
    private void showDeviations(List<PartnerShare> lines, String periodName) {
        deviations.removeAll();
        List<PartnerShare> worth = lines.stream().filter(s -> s.needsAttention() || s.agreement() != null).toList();
        if (worth.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pool-deviation-list");
        for (PartnerShare line : worth) {
            ListItem item = new ListItem();
            String points = PoolTexts.points(line.deviation());
            if (line.needsAttention()) {
                item.getElement().appendChild(Marks.text(getTranslation("pool.planning.deviation.flagged",
                        line.partnerName(), PoolTexts.percent(line.realisedPercentage()),
                        PoolTexts.percent(line.keyPercentage()), points), "pool-deviation-text"));
                if (coordinator) {
                    item.add(action("pool.planning.agree.open", line.partnerName(), () -> agree(line, periodName)));
                }
            } else {
                Agreement agreement = line.agreement();
                item.getElement().appendChild(Marks.text(getTranslation(line.flagged()
                                ? "pool.planning.deviation.agreed" : "pool.planning.deviation.agreed.within",
                        line.partnerName(), PoolTexts.date(agreement.agreedOn()), agreement.reason(), points),
                        "pool-deviation-text"));
                if (coordinator) {
                    item.add(action("pool.planning.agree.change", line.partnerName(),
                            () -> rephrase(line, periodName)),
                            action("pool.planning.agree.withdraw", line.partnerName(),
                                    () -> withdraw(line, periodName)));
                }
            }
            list.add(item);
        }
        deviations.add(new H3(getTranslation("pool.planning.deviation.title")), list);
    }

    private Button action(String key, String partnerName, Runnable onClick) {
        Button button = new Button(getTranslation(key), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key + ".aria", partnerName));
        return button;
    }

    void agree(PartnerShare line, String periodName) {
        new AgreementDialog(getTranslation("pool.planning.agree.title", line.partnerName()),
                getTranslation("pool.planning.agree.explanation", line.partnerName(), periodName,
                        PoolTexts.points(line.deviation())), null, reason -> {
            agreements.agree(line.partnerId(), shown.filter().period(), reason);
            Notices.success(getTranslation("pool.planning.agree.saved", line.partnerName()));
            show();
        }).open();
    }

    private void rephrase(PartnerShare line, String periodName) {
        Agreement agreement = line.agreement();
        new AgreementDialog(getTranslation("pool.planning.agree.change.title", line.partnerName()),
                getTranslation("pool.planning.agree.explanation", line.partnerName(), periodName,
                        PoolTexts.points(line.deviation())), agreement.reason(), reason -> {
            agreements.rephrase(agreement.id(), agreement.version(), reason);
            Notices.success(getTranslation("pool.planning.agree.saved", line.partnerName()));
            show();
        }).open();
    }

    private void withdraw(PartnerShare line, String periodName) {
        Agreement agreement = line.agreement();
        Confirmation.ask(getTranslation("pool.planning.agree.withdraw.title", line.partnerName()),
                getTranslation("pool.planning.agree.withdraw.text", line.partnerName(), periodName),
                getTranslation("pool.planning.agree.withdraw.confirm"), () -> {
                    agreements.withdraw(agreement.id(), agreement.version());
                    Notices.success(getTranslation("pool.planning.agree.withdrawn", line.partnerName()));
                    show();
                });
    }

    private void showHours(Planning planned) {
        List<ExpertHours> rows = planned.rows();
        hours.setHtmlContent(hoursLines(planned.slots(), rows));
        hours.setVisible(!rows.isEmpty());
        hoursTotals.setText(getTranslation("pool.planning.hours.totals", PoolTexts.hours(planned.plannedTotal()),
                PoolTexts.hours(planned.realisedTotal()), rows.size()));
        hoursTotals.setVisible(!rows.isEmpty());
        hoursNote.removeAll();
        if (rows.isEmpty()) {
            if (planned.filter().narrowed()) {
                hoursNote.add(Marks.note(getTranslation("pool.planning.hours.empty.filtered")));
            } else if (coordinator) {
                hoursNote.add(noteWithLink(getTranslation("pool.planning.hours.empty"), "pool/verzoeken",
                        getTranslation("pool.planning.hours.empty.link")));
            } else {
                String own = planned.shares().partners().stream().findFirst().map(PartnerShare::partnerName)
                        .orElse("");
                hoursNote.add(noteWithLink(getTranslation("pool.planning.hours.empty.contact", own),
                        "pool/verzoeken", getTranslation("pool.planning.hours.empty.contact.link")));
            }
        }
    }

    /**
     * An expert per line and a column per month or week, each cell the planned hours above the worked hours, as one
     * table element like the shares: a grid held a component per column and the rows' keys in every session. A year
     * of months fits a desktop beside the menu; on a narrower window each line stacks its months under their names.
     */
    private String hoursLines(List<Slot> slots, List<ExpertHours> rows) {
        List<String> names = new ArrayList<>(slots.stream().map(this::slotName).toList());
        names.add(getTranslation("pool.planning.hours.total"));
        List<String> headers = new ArrayList<>(List.of(getTranslation("pool.planning.hours.expert")));
        headers.addAll(names);
        StringBuilder html = tableStart("pool-hours-table", slots.size() > SLOTS_THAT_FIT
                        ? "pool-lines pool-hours-lines wide" : "pool-lines pool-hours-lines",
                getTranslation("pool.planning.hours.title"), headers);
        for (ExpertHours row : rows) {
            html.append("<tr role=\"row\"><th role=\"rowheader\" scope=\"row\">")
                    .append(HtmlPdf.escape(expertName(row.expertId()))).append("</th>");
            for (int i = 0; i < slots.size(); i++) {
                hoursCell(html, names.get(i), row.planned().get(i), row.realised().get(i));
            }
            hoursCell(html, names.getLast(), row.plannedTotal(), row.realisedTotal());
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    /** The start of the shares' or the hours' table, up to its first line: caption and column headers, escaped. */
    private static StringBuilder tableStart(String holderClass, String tableClasses, String caption,
                                            List<String> headers) {
        StringBuilder html = new StringBuilder("<div class=\"").append(holderClass)
                .append("\"><table role=\"table\" class=\"").append(tableClasses)
                .append("\"><caption class=\"visually-hidden\">").append(HtmlPdf.escape(caption))
                .append("</caption><thead role=\"rowgroup\"><tr role=\"row\">");
        for (String header : headers) {
            html.append("<th role=\"columnheader\" scope=\"col\">").append(HtmlPdf.escape(header)).append("</th>");
        }
        return html.append("</tr></thead><tbody role=\"rowgroup\">");
    }

    /** Planned above worked, each named for screen readers; a dash when there is neither. */
    private void hoursCell(StringBuilder html, String slotName, BigDecimal planned, BigDecimal worked) {
        html.append("<td role=\"cell\" class=\"figure\" data-label=\"").append(HtmlPdf.escape(slotName))
                .append("\"><span>");
        if (planned.signum() == 0 && worked.signum() == 0) {
            html.append("\u2013");
        } else {
            html.append("<span class=\"visually-hidden\">")
                    .append(HtmlPdf.escape(getTranslation("pool.planning.hours.planned"))).append(" </span>")
                    .append(PoolTexts.hours(planned)).append("<br><span class=\"visually-hidden\">")
                    .append(HtmlPdf.escape(getTranslation("pool.planning.hours.worked")))
                    .append(" </span><span class=\"pool-worked\">").append(PoolTexts.hours(worked)).append("</span>");
        }
        html.append("</span></td>");
    }

    private String slotName(Slot slot) {
        if (!slot.week()) {
            return monthName(YearMonth.from(slot.start()), TextStyle.SHORT_STANDALONE);
        }
        return getTranslation("pool.planning.hours.week", slot.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                DateTimeFormatter.ofPattern("d MMM", getLocale()).format(slot.start()));
    }

    private String monthName(YearMonth month, TextStyle style) {
        return month.getMonth().getDisplayName(style, getLocale());
    }

    private void remember() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("periode", periodParameter(period.getValue()));
        if (municipality.getValue() != null) {
            parameters.put("gemeente", String.valueOf(municipality.getValue()));
        }
        if (theme.getValue() != null) {
            parameters.put("thema", theme.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (expert.getValue() != null) {
            parameters.put("expert", String.valueOf(expert.getValue()));
        }
        if (weeksOf.getValue().weeksOf() != null) {
            parameters.put("maand", weeksOf.getValue().weeksOf().toString());
        }
        String query = QueryParameters.simple(parameters).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "pool?" + query));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pool.planning.title");
    }
}
