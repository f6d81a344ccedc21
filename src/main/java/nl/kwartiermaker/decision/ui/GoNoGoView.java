package nl.kwartiermaker.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.decision.DecisionForm;
import nl.kwartiermaker.decision.GoNoGoDecision;
import nl.kwartiermaker.decision.GoNoGoQuestions;
import nl.kwartiermaker.decision.GoNoGoService;
import nl.kwartiermaker.decision.Outcome;
import nl.kwartiermaker.decision.PreconditionAssessment;
import nl.kwartiermaker.decision.Rating;
import nl.kwartiermaker.decision.ReadinessScanSummaries;
import nl.kwartiermaker.traject.TrajectParticipants;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The go/no-go moment of a traject: the crucial preconditions rated with evidence, an honest motive check, the
 * readiness scan's summary (once that feature exists), and the decision itself. Recorded decisions cannot be changed;
 * a new one supersedes the last and the history stays on this page.
 */
@Route("trajecten/:id/besluit")
@PermitAll
class GoNoGoView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GoNoGoService decisions;
    private final transient TrajectService trajecten;
    private final transient GoNoGoQuestions questions;
    private final transient ObjectProvider<ReadinessScanSummaries> scans;
    final Map<String, RadioButtonGroup<Rating>> ratings = new LinkedHashMap<>();
    final Map<String, TextArea> evidence = new LinkedHashMap<>();
    final CheckboxGroup<GoNoGoQuestions.Motive> motives = new CheckboxGroup<>();
    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    final TextArea rationale = new TextArea();
    final TextArea conditions = new TextArea();
    final TextField decisionMakers = new TextField();
    final DatePicker decidedOn = new DatePicker();
    final DatePicker reviewDate = new DatePicker();
    final Button record = new Button();
    private long trajectId;
    private String title = "";

    GoNoGoView(GoNoGoService decisions, TrajectService trajecten, GoNoGoQuestions questions,
               ObjectProvider<ReadinessScanSummaries> scans) {
        this.decisions = decisions;
        this.trajecten = trajecten;
        this.questions = questions;
        this.scans = scans;
        addClassNames("page", "decision-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            trajectId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<TrajectParticipants> traject = trajecten.participants(trajectId);
        if (traject.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(traject.get());
    }

    private void show(TrajectParticipants traject) {
        removeAll();
        title = getTranslation("decision.title", traject.name());
        Anchor back = new Anchor("trajecten/" + trajectId, traject.name());
        back.addClassName("breadcrumbs");
        add(back, new ViewHeader(title, getTranslation("decision.purpose")));
        List<GoNoGoDecision> history = decisions.history(trajectId);
        if (!history.isEmpty()) {
            add(current(history.getFirst()));
        }
        add(scanSummary());
        if (trajecten.mayManage(trajectId)) {
            add(form(traject.dates()));
        } else if (history.isEmpty()) {
            add(new Paragraph(getTranslation("decision.none.reader")));
        }
        if (history.size() > 1 || (!history.isEmpty() && trajecten.mayManage(trajectId))) {
            add(history(history));
        }
    }

    private Section current(GoNoGoDecision decision) {
        Section section = new Section(new H2(getTranslation("decision.current")));
        section.addClassNames("card", "current-decision", "outcome-" + decision.getOutcome().name().toLowerCase());
        section.add(describe(decision));
        return section;
    }

    private Div describe(GoNoGoDecision decision) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Span verdict = new Span(getTranslation(decision.getOutcome().labelKey()));
        verdict.addClassNames("badge", "outcome");
        Div body = new Div(new Paragraph(verdict, new Span(" " + getTranslation("decision.on.by",
                dates.format(decision.getDecidedOn()), decision.getDecisionMakers()))));
        body.add(labelled("decision.field.rationale", decision.getRationale()));
        if (!decision.getConditions().isBlank()) {
            body.add(labelled("decision.field.conditions", decision.getConditions()));
        }
        if (decision.getReviewDate() != null) {
            body.add(labelled("decision.field.review", dates.format(decision.getReviewDate())));
        }
        UnorderedList assessed = new UnorderedList();
        for (PreconditionAssessment assessment : decision.getPreconditions()) {
            String name = questions.preconditions().stream().filter(p -> p.key().equals(assessment.precondition()))
                    .map(GoNoGoQuestions.Precondition::title).findFirst().orElse(assessment.precondition());
            assessed.add(new ListItem(name + ": " + getTranslation(assessment.rating().labelKey())
                    + (assessment.evidence().isBlank() ? "" : " — " + assessment.evidence())));
        }
        body.add(assessed);
        Paragraph recorded = new Paragraph(getTranslation("decision.recorded.by", decision.getRecordedBy()));
        recorded.addClassName("muted");
        body.add(recorded);
        return body;
    }

    private Paragraph labelled(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        return new Paragraph(label, new Span(text));
    }

    /** The readiness scan plugs in here; until it exists the page says so instead of showing made-up figures. */
    private Section scanSummary() {
        Section section = new Section(new H2(getTranslation("decision.scan")));
        section.addClassName("scan-summary");
        ReadinessScanSummaries available = scans.getIfAvailable();
        Optional<ReadinessScanSummaries.ScanSummary> summary = Optional.ofNullable(available)
                .flatMap(s -> s.latestClosedRound(trajectId));
        if (summary.isEmpty()) {
            if (available == null) {
                section.add(new Paragraph(getTranslation("decision.scan.none")));
            } else {
                section.add(new Paragraph(getTranslation("scan.decision.none")),
                        new Anchor("trajecten/" + trajectId + "/scans", getTranslation("scan.traject.link")));
            }
            return section;
        }
        ReadinessScanSummaries.ScanSummary scan = summary.get();
        section.add(new Paragraph(getTranslation("decision.scan.round", scan.roundName(), scan.respondents())));
        UnorderedList themes = new UnorderedList();
        scan.themes().forEach(t -> themes.add(new ListItem(t.theme() + ": " + String.format(getLocale(), "%.1f",
                t.score()))));
        section.add(themes, new Anchor(scan.resultsLink(), getTranslation("decision.scan.results")));
        return section;
    }

    private Section form(DateWindow dates) {
        Section section = new Section(new H2(getTranslation("decision.new")));
        section.addClassName("decision-form");
        section.add(new Paragraph(getTranslation("decision.new.purpose")));

        section.add(new H3(getTranslation("decision.preconditions")));
        for (GoNoGoQuestions.Precondition precondition : questions.preconditions()) {
            RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
            rating.setLabel(precondition.title() + ": " + precondition.question());
            rating.setHelperText(precondition.explanation());
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
            rating.setRequiredIndicatorVisible(true);
            TextArea proof = new TextArea(getTranslation("decision.field.evidence", precondition.title()));
            proof.setMaxLength(PreconditionAssessment.EVIDENCE_MAX);
            ratings.put(precondition.key(), rating);
            evidence.put(precondition.key(), proof);
            Div block = new Div(rating, proof);
            block.addClassName("precondition");
            section.add(block);
        }

        section.add(new H3(getTranslation("decision.motives")));
        section.add(new Paragraph(getTranslation("decision.motives.purpose")));
        motives.setLabel(getTranslation("decision.motives.label"));
        motives.setItems(questions.motives());
        motives.setItemLabelGenerator(GoNoGoQuestions.Motive::statement);
        motives.addClassName("motives");
        Div advice = new Div();
        advice.addClassName("motive-advice");
        advice.getElement().setAttribute("aria-live", "polite");
        motives.addValueChangeListener(e -> {
            advice.removeAll();
            e.getValue().stream().filter(m -> !m.recommended()).forEach(m -> {
                Paragraph warning = new Paragraph(getTranslation("decision.motive.warning", m.statement(),
                        m.explanation()));
                warning.addClassName("warning-line");
                advice.add(warning);
            });
        });
        section.add(motives, advice);

        section.add(new H3(getTranslation("decision.decision")));
        outcome.setLabel(getTranslation("decision.field.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setRequiredIndicatorVisible(true);
        rationale.setLabel(getTranslation("decision.field.rationale"));
        rationale.setMaxLength(GoNoGoDecision.TEXT_MAX);
        rationale.setRequiredIndicatorVisible(true);
        conditions.setLabel(getTranslation("decision.field.conditions"));
        conditions.setHelperText(getTranslation("decision.field.conditions.help"));
        conditions.setMaxLength(GoNoGoDecision.TEXT_MAX);
        decisionMakers.setLabel(getTranslation("decision.field.makers"));
        decisionMakers.setHelperText(getTranslation("decision.field.makers.help"));
        decisionMakers.setMaxLength(GoNoGoDecision.MAKERS_MAX);
        decisionMakers.setRequiredIndicatorVisible(true);
        decidedOn.setLabel(getTranslation("decision.field.date"));
        decidedOn.setValue(LocalDate.now());
        // the service's bounds, so the browser's calendar offers only dates it accepts
        decidedOn.setMin(dates.earliest());
        decidedOn.setMax(LocalDate.now());
        decidedOn.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("decision.error.date.window", dates.firstYear()))
                .setMaxErrorMessage(getTranslation("decision.error.date")));
        reviewDate.setLabel(getTranslation("decision.field.review"));
        // a review comes after the decision, which may itself lie in the past
        reviewDate.setMin(decidedOn.getValue().plusDays(1));
        decidedOn.addValueChangeListener(e -> reviewDate.setMin(e.getValue() == null ? dates.earliest()
                : e.getValue().plusDays(1)));
        reviewDate.setMax(dates.latest());
        reviewDate.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("decision.error.review"))
                .setMaxErrorMessage(getTranslation("decision.error.review.window", dates.lastYear())));
        reviewDate.setVisible(false);
        outcome.addValueChangeListener(e -> reviewDate.setVisible(e.getValue() == Outcome.NOT_YET));
        Div fields = new Div(outcome, rationale, conditions, decisionMakers, decidedOn, reviewDate);
        fields.addClassName("form-column");
        record.setText(getTranslation("decision.record"));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.addClickListener(e -> Confirmation.ask(getTranslation("decision.record"),
                getTranslation("decision.record.confirm"), getTranslation("decision.record"), this::save));
        section.add(fields, record);
        return section;
    }

    void save() {
        List<PreconditionAssessment> assessed = new ArrayList<>();
        ratings.forEach((key, rating) -> {
            if (rating.getValue() != null) {
                assessed.add(new PreconditionAssessment(key, rating.getValue(), evidence.get(key).getValue()));
            }
        });
        DecisionForm form = new DecisionForm(assessed, motives.getValue().stream().map(GoNoGoQuestions.Motive::key)
                .collect(Collectors.toSet()), outcome.getValue(), rationale.getValue(), conditions.getValue(),
                decisionMakers.getValue(), decidedOn.getValue(), reviewDate.getValue());
        try {
            GoNoGoDecision decision = decisions.record(trajectId, form);
            Notices.success(getTranslation("decision.recorded", getTranslation(decision.getOutcome().labelKey())));
            trajecten.participants(trajectId).ifPresent(this::show);
        } catch (InvalidInput e) {
            String message = getTranslation(e.messageKey(), e.params());
            DatePicker field = e.messageKey().startsWith("decision.error.date") ? decidedOn
                    : e.messageKey().startsWith("decision.error.review") ? reviewDate : null;
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            Notices.error(message);
        }
    }

    private Component history(List<GoNoGoDecision> history) {
        Section section = new Section(new H2(getTranslation("decision.history")));
        section.addClassName("decision-history");
        if (history.isEmpty()) {
            section.add(new Paragraph(getTranslation("decision.history.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < history.size(); i++) {
            GoNoGoDecision decision = history.get(i);
            ListItem item = new ListItem(describe(decision));
            if (i > 0) {
                Span superseded = new Span(getTranslation("decision.superseded"));
                superseded.addClassNames("badge", "contrast");
                item.addComponentAsFirst(superseded);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
