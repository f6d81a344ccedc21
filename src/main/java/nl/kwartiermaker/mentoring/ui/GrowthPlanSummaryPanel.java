package nl.kwartiermaker.mentoring.ui;

import static nl.kwartiermaker.base.ui.Marks.muted;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kwartiermaker.mentoring.GrowthPlanService;
import nl.kwartiermaker.mentoring.GrowthPlanSummary;

/** What the coordinator sees of a growth plan: that it exists, its active goals and its last review; no texts. */
class GrowthPlanSummaryPanel extends Section {

    GrowthPlanSummaryPanel(GrowthPlanSummary summary) {
        setId(GrowthPlanService.ANCHOR);
        addClassNames("card", "growth-plan");
        add(new H2(getTranslation("mentoring.growth.title")));
        if (!summary.exists()) {
            add(new Paragraph(getTranslation("mentoring.growth.summary.none")));
        } else {
            add(new Paragraph(getTranslation("mentoring.growth.summary.active", summary.activeGoals())));
            add(new Paragraph(summary.lastReviewedOn() == null ? getTranslation("mentoring.growth.summary.never")
                    : getTranslation("mentoring.growth.summary.reviewed", DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(summary.lastReviewedOn()))));
        }
        add(muted(getTranslation("mentoring.growth.summary.why")));
    }
}
