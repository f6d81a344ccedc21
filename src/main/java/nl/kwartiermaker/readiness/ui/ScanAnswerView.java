package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.readiness.AnswerValue;
import nl.kwartiermaker.readiness.Questionnaire;
import nl.kwartiermaker.readiness.ScanAnsweringService;
import nl.kwartiermaker.readiness.ScanQuestion;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Where a respondent answers, without an account: one column that works on a phone, statements grouped by theme, a
 * running count of what is still open, and (with a personal link) saving to continue later. A link that cannot be
 * used says why: not open yet, closed, already used or unknown.
 */
@Route(value = "scan/:token", autoLayout = false)
@AnonymousAllowed
class ScanAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5, AnswerValue.DONT_KNOW);

    private final transient ScanAnsweringService scans;
    final Map<Long, RadioButtonGroup<Integer>> statements = new LinkedHashMap<>();
    final Map<Long, TextArea> openQuestions = new LinkedHashMap<>();
    final Button submit = new Button();
    final Button saveForLater = new Button();
    final Paragraph progress = new Paragraph();
    private String token = "";

    ScanAnswerView(ScanAnsweringService scans) {
        this.scans = scans;
        addClassName("scan-answer-page");
        // once: Vaadin reuses this view for the next link, and show() runs per link
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        saveForLater.addClickListener(e -> saveForLater());
        progress.addClassName("scan-progress");
        progress.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(scans.questionnaire(token));
    }

    private void show(Questionnaire questionnaire) {
        removeAll();
        statements.clear();
        openQuestions.clear();
        Div column = new Div();
        column.addClassName("scan-answer-column");
        add(column);
        if (questionnaire.state() != Questionnaire.LinkState.OPEN) {
            column.add(new H1(getTranslation("scan.answer.title")));
            Paragraph why = new Paragraph(getTranslation("scan.link."
                    + questionnaire.state().name().toLowerCase(Locale.ROOT).replace('_', '.')));
            why.addClassName("scan-link-state");
            why.getElement().setAttribute("role", "status");
            column.add(why);
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        column.add(new H1(questionnaire.roundName()));
        column.add(new Paragraph(getTranslation("scan.answer.intro", getTranslation(questionnaire.group().labelKey()),
                dates.format(questionnaire.closesOn()))));
        Paragraph anonymity = new Paragraph(getTranslation("scan.answer.anonymity"));
        anonymity.addClassName("muted");
        column.add(anonymity);

        Section current = null;
        String currentTheme = null;
        for (ScanQuestion question : questionnaire.questions()) {
            String theme = question.isOpenQuestion() ? ScanQuestion.OPEN_THEME : question.getThemeKey();
            if (!theme.equals(currentTheme)) {
                currentTheme = theme;
                current = new Section(new H2(question.isOpenQuestion() ? getTranslation("scan.answer.open")
                        : question.getThemeTitle()));
                current.addClassName("scan-theme");
                column.add(current);
            }
            AnswerValue saved = questionnaire.saved().get(question.getId());
            if (question.isOpenQuestion()) {
                TextArea text = new TextArea(question.getText());
                text.setMaxLength(ScanAnsweringService.OPEN_ANSWER_MAX);
                text.setWidthFull();
                text.setHelperText(getTranslation("scan.answer.open.help"));
                if (saved != null && saved.text() != null) {
                    text.setValue(saved.text());
                }
                openQuestions.put(question.getId(), text);
                current.add(text);
            } else {
                RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(question.getText());
                scale.setItems(SCALE);
                scale.setItemLabelGenerator(v -> getTranslation("scan.scale." + v));
                scale.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                scale.addClassName("scan-statement");
                if (saved != null && saved.score() != null) {
                    scale.setValue(saved.score());
                }
                scale.addValueChangeListener(e -> updateProgress());
                statements.put(question.getId(), scale);
                current.add(scale);
            }
        }
        updateProgress();
        submit.setText(getTranslation("scan.answer.submit"));
        Div actions = new Div(submit);
        actions.addClassName("scan-answer-actions");
        if (questionnaire.personal()) {
            saveForLater.setText(getTranslation("scan.answer.save"));
            actions.add(saveForLater);
        } else {
            Paragraph noSave = new Paragraph(getTranslation("scan.answer.nosave"));
            noSave.addClassName("muted");
            column.add(noSave);
        }
        column.add(progress, actions);
    }

    private void updateProgress() {
        long open = statements.values().stream().filter(s -> s.getValue() == null).count();
        progress.setText(open == 0 ? getTranslation("scan.answer.progress.done")
                : getTranslation("scan.answer.progress", statements.size() - open, statements.size()));
    }

    private Map<Long, AnswerValue> answers() {
        Map<Long, AnswerValue> answers = new LinkedHashMap<>();
        statements.forEach((id, scale) -> {
            if (scale.getValue() != null) {
                answers.put(id, AnswerValue.score(scale.getValue()));
            }
        });
        openQuestions.forEach((id, text) -> answers.put(id, AnswerValue.text(text.getValue())));
        return answers;
    }

    void submit() {
        statements.values().forEach(s -> s.setInvalid(false));
        try {
            scans.submit(token, answers());
            removeAll();
            Div column = new Div(new H1(getTranslation("scan.answer.thanks.title")),
                    new Paragraph(getTranslation("scan.answer.thanks")));
            column.addClassName("scan-answer-column");
            column.getElement().setAttribute("role", "status");
            add(column);
        } catch (InvalidInput e) {
            // marks the statements still open; the one error handler shows the message
            statements.values().stream().filter(s -> s.getValue() == null).forEach(s -> {
                s.setErrorMessage(getTranslation("scan.answer.required"));
                s.setInvalid(true);
            });
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            // a respondent changed nobody's record: the same link was submitted twice at once
            Notices.error(getTranslation("scan.link.used"));
        }
    }

    void saveForLater() {
        try {
            scans.saveForLater(token, answers());
            Notices.success(getTranslation("scan.answer.saved"));
        } catch (ObjectOptimisticLockingFailureException e) {
            // saved at the same moment in another tab: say so in the respondent's words, not as an edit conflict
            Notices.error(getTranslation("scan.answer.save.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "scan.answer.title");
    }
}
