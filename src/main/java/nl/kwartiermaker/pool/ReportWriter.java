package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.stereotype.Component;

/**
 * Writes a half-yearly report out as a {@link ReportDocument} in one language: parts a–e of seed 003 in order, with
 * the figures as tables and the hours per month as a chart beside its own figures. A draft carries the concept mark.
 */
@Component
class ReportWriter {

    private final PortalI18nProvider i18n;

    ReportWriter(PortalI18nProvider i18n) {
        this.i18n = i18n;
    }

    ReportDocument write(PoolReport report, PoolReportContent content, Locale locale) {
        Writing w = new Writing(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String concept = report.isFinal() ? null : w.t("pool.reports.doc.concept");
        String scope = content.partnerId() == null ? w.t("pool.reports.scope.region") : content.scopeName();
        String subtitle = w.t("pool.reports.doc.subtitle", scope, periodName(content.period(), locale));
        if (report.isFinal()) {
            subtitle += "\n" + w.t("pool.reports.doc.issued", dates.format(report.getFinalisedAt()
                    .atZone(PortalTime.ZONE).toLocalDate()), report.getFinalisedBy());
        }
        boolean region = content.partnerId() == null;

        w.heading("pool.reports.part.a");
        w.text(w.t("pool.reports.a.intro", dates.format(content.period().firstDay()),
                dates.format(content.period().lastDay()), PoolNumbers.hours(content.threshold(), locale)), true);
        List<List<String>> rows = new ArrayList<>();
        for (PoolReportContent.PartnerLine line : content.partners()) {
            rows.add(List.of(line.name(), w.hours(line.hours()), w.percentage(line.keyPercentage()),
                    w.percentage(line.realisedPercentage()), PoolNumbers.deviation(line.deviation(), locale),
                    String.valueOf(line.residents()), remark(w, line)));
        }
        if (region) {
            rows.add(List.of(w.t("pool.reports.total"), w.hours(content.poolHours()), "", "", "",
                    String.valueOf(content.partners().stream().mapToInt(PoolReportContent.PartnerLine::residents)
                            .sum()), ""));
        }
        w.table("pool.reports.a.caption", List.of("pool.reports.col.partner", "pool.reports.col.hours",
                "pool.reports.col.key", "pool.reports.col.share", "pool.reports.col.deviation",
                "pool.reports.col.residents", "pool.reports.col.remark"),
                rows, List.of(false, true, true, true, true, true, false), region);
        if (!region) {
            w.text(w.t("pool.reports.a.pool", w.hours(content.poolHours())), false);
        }
        if (content.themes().isEmpty()) {
            w.text(w.t("pool.reports.themes.none"), true);
        } else {
            w.table("pool.reports.themes.caption", List.of("pool.reports.col.theme", "pool.reports.col.residents",
                    "pool.reports.col.hours"), content.themes().stream().map(t -> List.of(w.t(t.theme().labelKey()),
                    String.valueOf(t.residents()), w.hours(t.hours()))).toList(), List.of(false, true, true), false);
        }
        w.blocks.add(new ReportDocument.Bars(w.t("pool.reports.chart.caption"), w.t("pool.reports.col.month"),
                w.t("pool.reports.col.hours"), content.months().stream().map(m -> monthName(m.month().getMonthValue(), locale)).toList(),
                content.months().stream().map(PoolReportContent.MonthLine::hours).toList(),
                content.months().stream().map(m -> w.hours(m.hours())).toList()));

        w.heading("pool.reports.part.b");
        if (content.deployments().isEmpty()) {
            w.text(w.t("pool.reports.deployments.none"), true);
        } else {
            List<String> headers = new ArrayList<>(List.of("pool.reports.col.role", "pool.reports.col.theme",
                    "pool.reports.col.place", "pool.reports.col.period", "pool.reports.col.hours"));
            if (region) {
                headers.addFirst("pool.reports.col.partner");
            }
            w.table("pool.reports.deployments.caption", headers, content.deployments().stream().map(d -> {
                List<String> row = new ArrayList<>(List.of(w.t(d.role().labelKey()), w.t(d.theme().labelKey()),
                        d.place(), dates.format(d.startsOn()) + " – " + dates.format(d.endsOn()), w.hours(d.hours())));
                if (region) {
                    row.addFirst(d.partnerName());
                }
                return (List<String>) row;
            }).toList(), region ? List.of(false, false, false, false, false, true)
                    : List.of(false, false, false, false, true), false);
        }
        if (content.subAssignments().isEmpty()) {
            w.text(w.t("pool.reports.subassignments.none"), true);
        } else {
            w.table("pool.reports.subassignments.caption", List.of("pool.reports.col.subassignment",
                    "pool.reports.col.for", "pool.reports.col.status", "pool.reports.col.period",
                    "pool.reports.col.agreed"), content.subAssignments().stream().map(s -> List.of(s.title(),
                    s.partnerName() == null ? w.t("pool.reports.regional") : s.partnerName(),
                    w.t(s.status().labelKey()), dates.format(s.startsOn()) + " – " + dates.format(s.endsOn()),
                    String.valueOf(s.hours()))).toList(), List.of(false, false, false, false, true), false);
        }
        if (content.activities().isEmpty()) {
            w.text(w.t("pool.reports.activities.none"), true);
        } else {
            w.table("pool.reports.activities.caption", List.of("pool.reports.col.activity",
                    "pool.reports.col.themes", "pool.reports.col.period"), content.activities().stream()
                    .map(a -> List.of(a.title(), a.themes().stream().map(t -> w.t(t.labelKey()))
                                    .collect(Collectors.joining(", ")),
                            dates.format(a.startsOn()) + (a.endsOn() == null ? " –" : " – " + dates.format(a.endsOn()))))
                    .toList(), List.of(false, false, false), false);
        }

        w.heading("pool.reports.part.c");
        w.written(report.getAddedValue());
        w.heading("pool.reports.part.d");
        w.written(report.getTrends());
        w.heading("pool.reports.part.e");
        if (!content.progress().isEmpty()) {
            w.table("pool.reports.progress.caption", List.of("pool.reports.col.date",
                    "pool.reports.col.subassignment", "pool.reports.col.progress"), content.progress().stream()
                    .map(p -> List.of(dates.format(p.writtenOn()), p.subAssignment(), p.note())).toList(),
                    List.of(false, false, false), false);
        }
        w.written(report.getOtherResults());
        return new ReportDocument(w.t("pool.reports.doc.title"), subtitle, concept,
                Collections.unmodifiableList(w.blocks));
    }

    /** "Eerste halfjaar 2026", as the pool's pages and mails name a period. */
    String periodName(PoolPeriod period, Locale locale) {
        return i18n.translate(locale, "pool.reports.half." + period.half(), String.valueOf(period.year()));
    }

    private static String remark(Writing w, PoolReportContent.PartnerLine line) {
        if (line.agreedReason() != null) {
            return w.t("pool.reports.remark.agreed", line.agreedReason());
        }
        return line.flagged() ? w.t("pool.reports.remark.flagged") : "";
    }

    private static String monthName(int month, Locale locale) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** The blocks written so far, in one language. */
    private final class Writing {
        final Locale locale;
        final List<ReportDocument.Block> blocks = new ArrayList<>();

        Writing(Locale locale) {
            this.locale = locale;
        }

        String t(String key, Object... params) {
            return i18n.translate(locale, key, params);
        }

        String hours(BigDecimal hours) {
            return PoolNumbers.hours(hours, locale);
        }

        String percentage(BigDecimal percentage) {
            return PoolNumbers.percentage(percentage, locale);
        }

        void heading(String key) {
            blocks.add(new ReportDocument.Heading(t(key)));
        }

        void text(String text, boolean muted) {
            blocks.add(new ReportDocument.Text(text, muted));
        }

        /** The coordinator's own text, or a note that it was left empty. */
        void written(String text) {
            if (text.isBlank()) {
                text(t("pool.reports.text.empty"), true);
            } else {
                text(text, false);
            }
        }

        void table(String captionKey, List<String> headerKeys, List<List<String>> rows, List<Boolean> numeric,
                   boolean totalRow) {
            blocks.add(new ReportDocument.Table(t(captionKey), headerKeys.stream().map(this::t).toList(), rows,
                    numeric, totalRow));
        }
    }
}
