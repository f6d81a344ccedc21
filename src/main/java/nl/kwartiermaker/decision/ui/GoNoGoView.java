package nl.kwartiermaker.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.base.ui.SourceCitation;
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

/**
 * The go/no-go moment of a traject: the crucial preconditions rated with evidence, an honest motive check, the
 * readiness scan's summary (once that feature exists), and the decision itself. Recorded decisions cannot be changed;
 * a new one supersedes the last and the history stays on this page.
 * <p>
 * The form and its listeners are built once per view instance (the fields when first opened): the page is shown again
 * after every save and Vaadin reuses this instance when someone navigates to the route again, and a listener added on
 * each showing made one click open one more confirmation per earlier showing (issue 12).
 */
@Route("trajecten/:id/besluit")
@RolesAllowed(Role.Names.STAFF)
class GoNoGoView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GoNoGoService decisions;
    private final transient GoNoGoQuestions questions;
    private final transient PortalTime time;
    private final transient TrajectService trajecten;
    final Map<String, RadioButtonGroup<Rating>> ratings = new LinkedHashMap<>();
    final Map<String, TextArea> evidence = new LinkedHashMap<>();
    CheckboxGroup<GoNoGoQuestions.Motive> motives;
    private final Div advice = new Div();
    /** Said above the form when the traject has no closed scan round: deciding is allowed, and the decision says so. */
    final Paragraph withoutScan = new Paragraph();
    RadioButtonGroup<Outcome> outcome;
    TextArea rationale;
    TextArea conditions;
    TextField decisionMakers;
    DatePicker decidedOn;
    DatePicker reviewDate;
    Button record;
    /** The form's fields, built the first time someone opens it: see {@link #fields()}. */
    final Details fields = new Details();
    private final Section form;
    private long trajectId;
    private DateWindow dates;
    private String title = "";

    GoNoGoView(GoNoGoService decisions, GoNoGoQuestions questions, PortalTime time, TrajectService trajecten) {
        this.trajecten = trajecten;
        this.decisions = decisions;
        this.questions = questions;
        this.time = time;
        addClassNames("page", "decision-page");
        form = form();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            trajectId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(decisions.page(trajectId));
        } catch (NumberFormatException | InvalidInput notFound) {
            // a traject that does not exist or is not this person's to see: the not-found page, not a message
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(GoNoGoService.DecisionPage page) {
        removeAll();
        TrajectParticipants traject = page.traject();
        List<GoNoGoDecision> history = page.history();
        title = getTranslation("decision.title", traject.name());
        Anchor back = new Anchor("trajecten/" + trajectId, traject.name());
        back.addClassName("breadcrumbs");
        add(back, new ViewHeader(title, getTranslation("decision.purpose")));
        DutchContent.notice(this).ifPresent(this::add);
        if (!history.isEmpty()) {
            add(current(history.getFirst()));
        }
        add(scanSummary(page));
        if (traject.mayManage()) {
            startAfresh(traject.dates());
            withoutScan.setVisible(page.latestScan().isEmpty());
            add(form);
        } else if (history.isEmpty()) {
            add(new Paragraph(getTranslation("decision.none.reader")));
        }
        // the decision in force is shown above; the history lists only the decisions it superseded
        if (history.size() > 1) {
            add(history(history.subList(1, history.size())));
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
        if (decision.isWithoutScan()) {
            Paragraph noScan = new Paragraph(getTranslation("decision.without.scan"));
            noScan.addClassName("without-scan");
            body.add(noScan);
        }
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
    private Section scanSummary(GoNoGoService.DecisionPage page) {
        Section section = new Section(new H2(getTranslation("decision.scan")));
        section.addClassName("scan-summary");
        if (page.latestScan().isEmpty()) {
            if (!page.scanAvailable()) {
                section.add(new Paragraph(getTranslation("decision.scan.none")));
            } else {
                section.add(new Paragraph(getTranslation("scan.decision.none")),
                        new Anchor("trajecten/" + trajectId + "/scans", getTranslation("scan.traject.link")));
            }
            return section;
        }
        ReadinessScanSummaries.ScanSummary scan = page.latestScan().get();
        section.add(new Paragraph(getTranslation("decision.scan.round", scan.roundName(), scan.respondents())));
        UnorderedList themes = new UnorderedList();
        scan.themes().forEach(t -> themes.add(DutchContent.dutch(new ListItem(t.theme() + ": "
                + String.format(getLocale(), "%.1f", t.score())))));
        section.add(themes, new Anchor(scan.resultsLink(), getTranslation("decision.scan.results")));
        return section;
    }

    /**
     * The form for a new decision: its heading and notes at once, its fields in a section that is built when opened.
     * The fields (rating groups, a checkbox per motive, text areas, date pickers) were most of this page's memory per
     * session (issue 18), and readers never see them; the project lead opens them with one click.
     */
    private Section form() {
        Section section = new Section(new H2(getTranslation("decision.new")));
        section.addClassName("decision-form");
        section.add(new Paragraph(getTranslation("decision.new.purpose")));
        withoutScan.setText(getTranslation("decision.without.scan.note"));
        withoutScan.addClassNames("note", "without-scan");
        fields.setSummaryText(getTranslation("decision.new.open"));
        fields.addClassName("decision-fields");
        LazyDetails.buildWhenOpened(fields, () -> {
            fields.add(fields());
            startAfresh(dates);
        });
        section.add(withoutScan, fields);
        return section;
    }

    /** The form's fields with every listener they need; built once per view instance. */
    private Div fields() {
        Div section = new Div();
        section.add(new H3(getTranslation("decision.preconditions")));
        for (GoNoGoQuestions.Precondition precondition : questions.preconditions()) {
            RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
            // the seed-based question in its own Dutch block, so the rating's English options keep the UI language
            Paragraph explanation = new Paragraph(precondition.explanation());
            explanation.addClassName("muted");
            Div question = DutchContent.dutch(new Div(new H4(precondition.title()),
                    new Paragraph(precondition.question()), explanation));
            rating.setLabel(getTranslation("decision.field.rating", precondition.title()));
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
            rating.setRequiredIndicatorVisible(true);
            TextArea proof = new TextArea(getTranslation("decision.field.evidence", precondition.title()));
            proof.setMaxLength(PreconditionAssessment.EVIDENCE_MAX);
            ratings.put(precondition.key(), rating);
            evidence.put(precondition.key(), proof);
            Div block = new Div(question, rating, proof);
            block.addClassName("precondition");
            section.add(block);
        }

        section.add(new H3(getTranslation("decision.motives")));
        section.add(new Paragraph(getTranslation("decision.motives.purpose")));
        motives = new CheckboxGroup<>();
        motives.setLabel(getTranslation("decision.motives.label"));
        motives.setItems(questions.motives());
        motives.setItemLabelGenerator(GoNoGoQuestions.Motive::statement);
        motives.setRenderer(new ComponentRenderer<>(m -> DutchContent.dutch(new Span(m.statement()))));
        motives.addClassName("motives");
        advice.addClassName("motive-advice");
        advice.getElement().setAttribute("aria-live", "polite");
        motives.addValueChangeListener(e -> {
            advice.removeAll();
            e.getValue().stream().filter(m -> !m.recommended()).forEach(m -> {
                Paragraph warning = new Paragraph(getTranslation("decision.motive.warning", m.statement(),
                        m.explanation()));
                warning.addClassName("warning-line");
                // the motive's source, linked to its seed on the sources page like every citation
                SourceCitation source = new SourceCitation("source", m.source());
                source.addClassNames("muted", "motive-source");
                warning.add(new Text(" "), source);
                advice.add(warning);
            });
        });
        section.add(motives, advice);

        section.add(new H3(getTranslation("decision.decision")));
        outcome = new RadioButtonGroup<>();
        rationale = new TextArea();
        conditions = new TextArea();
        decisionMakers = new TextField();
        decidedOn = new DatePicker();
        reviewDate = new DatePicker();
        record = new Button();
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
        reviewDate.setLabel(getTranslation("decision.field.review"));
        // a review comes after the decision, which may itself lie in the past
        decidedOn.addValueChangeListener(e -> reviewDate.setMin(e.getValue() == null ? dates.earliest()
                : e.getValue().plusDays(1)));
        reviewDate.setVisible(false);
        outcome.addValueChangeListener(e -> reviewDate.setVisible(e.getValue() == Outcome.NOT_YET));
        Div column = new Div(outcome, rationale, conditions, decisionMakers, decidedOn, reviewDate);
        column.addClassName("form-column");
        record.setText(getTranslation("decision.record"));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.addClickListener(e -> Confirmation.ask(getTranslation("decision.record"), confirmation(),
                getTranslation("decision.record"), this::save));
        section.add(column, record);
        return section;
    }

    /**
     * Empties the form for a new decision on this traject: after a decision was recorded, and when the view is reused
     * for another traject, nothing typed for the last one stays. The date pickers get the service's bounds, so the
     * browser's calendar offers only dates it accepts.
     */
    private void startAfresh(DateWindow window) {
        dates = window;
        if (record == null) {
            return; // not opened yet: the fields start empty when they are built
        }
        ratings.values().forEach(RadioButtonGroup::clear);
        evidence.values().forEach(TextArea::clear);
        motives.clear();
        outcome.clear();
        rationale.clear();
        conditions.clear();
        decisionMakers.clear();
        LocalDate today = time.today();
        decidedOn.setMin(window.earliest());
        decidedOn.setMax(today);
        decidedOn.setI18n(ComponentTexts.datePicker(this)
                .setMinErrorMessage(getTranslation("decision.error.date.window", window.firstYear()))
                .setMaxErrorMessage(getTranslation("decision.error.date")));
        decidedOn.setValue(today);
        decidedOn.setInvalid(false);
        reviewDate.clear();
        reviewDate.setMin(today.plusDays(1));
        reviewDate.setMax(window.latest());
        reviewDate.setI18n(ComponentTexts.datePicker(this)
                .setMinErrorMessage(getTranslation("decision.error.review"))
                .setMaxErrorMessage(getTranslation("decision.error.review.window", window.lastYear())));
        reviewDate.setInvalid(false);
    }

    /** What recording asks: a "go" over open verkenning steps says how many it leaves open, which is recorded. */
    private String confirmation() {
        String text = getTranslation("decision.record.confirm");
        if (outcome.getValue() == Outcome.GO) {
            long open = trajecten.openVerkenningSteps(trajectId);
            if (open > 0) {
                text = text + " " + getTranslation("decision.record.confirm.open", open);
            }
        }
        return text;
    }

    private void save() {
        List<PreconditionAssessment> assessed = new ArrayList<>();
        ratings.forEach((key, rating) -> {
            if (rating.getValue() != null) {
                assessed.add(new PreconditionAssessment(key, rating.getValue(), evidence.get(key).getValue()));
            }
        });
        DecisionForm decision = new DecisionForm(assessed, motives.getValue().stream()
                .map(GoNoGoQuestions.Motive::key).collect(Collectors.toSet()), outcome.getValue(),
                rationale.getValue(), conditions.getValue(), decisionMakers.getValue(), decidedOn.getValue(),
                reviewDate.getValue());
        GoNoGoDecision recorded;
        try {
            recorded = decisions.record(trajectId, decision);
        } catch (InvalidInput refused) {
            // caught only to mark the date field the message is about; the one error handler (UiSetup) tells it
            DatePicker field = refused.messageKey().startsWith("decision.error.date") ? decidedOn
                    : refused.messageKey().startsWith("decision.error.review") ? reviewDate : null;
            if (field != null) {
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                field.setInvalid(true);
            }
            throw refused;
        }
        Notices.success(getTranslation("decision.recorded", getTranslation(recorded.getOutcome().labelKey())));
        show(decisions.page(trajectId));
    }

    private Component history(List<GoNoGoDecision> history) {
        Section section = new Section(new H2(getTranslation("decision.history")));
        section.addClassName("decision-history");
        if (history.isEmpty()) {
            section.add(new Paragraph(getTranslation("decision.history.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (GoNoGoDecision decision : history) {
            ListItem item = new ListItem(describe(decision));
            Span superseded = new Span(getTranslation("decision.superseded"));
            superseded.addClassNames("badge", "contrast");
            item.addComponentAsFirst(superseded);
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
