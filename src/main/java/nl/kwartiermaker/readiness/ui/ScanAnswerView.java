package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.readiness.AnswerValue;
import nl.kwartiermaker.readiness.Questionnaire;
import nl.kwartiermaker.readiness.ScanAnsweringService;
import nl.kwartiermaker.readiness.ScanQuestion;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Where a respondent answers, without an account, usually on a phone: one theme per screen with "vorige / volgende",
 * the progress in words at the top, each statement in full as the question of its answers, and the estimated time on
 * the first screen. Answers stay when moving back and forth. Anyone can stop and continue later: with a personal link
 * the answers stay with that link; with a group link the respondent gets a link of their own. Sending with statements
 * still open names them at their theme and takes the person there. A link that cannot be used says why.
 */
@Route(value = "scan/:token", autoLayout = false)
@AnonymousAllowed
class ScanAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5, AnswerValue.DONT_KNOW);
    /** Reading a statement and choosing takes about this long (our own tries with the 31-statement scan). */
    static final int SECONDS_PER_STATEMENT = 15;
    static final int SECONDS_PER_OPEN_QUESTION = 45;

    /** One screen: a theme's statements, or the open questions at the end. */
    record Screen(String title, List<ScanQuestion> questions, boolean open) {
    }

    private final transient ScanAnsweringService scans;
    private final transient PortalAddress address;
    private final Div column = new Div();
    final Paragraph progress = new Paragraph();
    private final Element progressBar = new Element("progress");
    private final Div screenArea = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Button submit = new Button();
    final Button saveForLater = new Button();
    /** The answers given so far, kept while the person moves between themes. */
    final Map<Long, Integer> scores = new LinkedHashMap<>();
    final Map<Long, String> texts = new LinkedHashMap<>();
    /** The statements of the screen shown now, by question id. */
    final Map<Long, LikertScale> statements = new LinkedHashMap<>();
    final Map<Long, TextArea> openQuestions = new LinkedHashMap<>();
    private List<Screen> screens = List.of();
    private Questionnaire questionnaire;
    private String token = "";
    int current;

    ScanAnswerView(ScanAnsweringService scans, PortalAddress address) {
        this.scans = scans;
        this.address = address;
        addClassName("scan-answer-page");
        column.addClassName("scan-answer-column");
        progress.addClassName("scan-progress");
        progressBar.getClassList().add("scan-progress-bar");
        // the words above say the same; the bar is only for the eye
        progressBar.setAttribute("aria-hidden", "true");
        screenArea.addClassName("scan-screen");
        previous.addClickListener(e -> show(current - 1));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> show(current + 1));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        saveForLater.addClickListener(e -> saveForLater());
        add(column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        questionnaire = scans.questionnaire(token);
        scores.clear();
        texts.clear();
        column.removeAll();
        if (questionnaire.state() != Questionnaire.LinkState.OPEN) {
            column.add(new H1(getTranslation("scan.answer.title")));
            Paragraph why = new Paragraph(getTranslation("scan.link."
                    + questionnaire.state().name().toLowerCase(Locale.ROOT).replace('_', '.')));
            why.addClassName("scan-link-state");
            why.getElement().setAttribute("role", "status");
            column.add(why);
            return;
        }
        questionnaire.saved().forEach((id, answer) -> {
            if (answer.score() != null) {
                scores.put(id, answer.score());
            } else if (answer.text() != null) {
                texts.put(id, answer.text());
            }
        });
        screens = screens(questionnaire.questions());
        Div actions = new Div(previous, next, submit, saveForLater);
        actions.addClassName("scan-answer-actions");
        previous.setText(getTranslation("scan.answer.previous"));
        next.setText(getTranslation("scan.answer.next"));
        submit.setText(getTranslation("scan.answer.submit"));
        saveForLater.setText(getTranslation("scan.answer.save"));
        column.add(new H1(questionnaire.roundName()));
        DutchContent.notice(this).ifPresent(column::add);
        column.add(progress);
        column.getElement().appendChild(progressBar);
        column.add(screenArea, actions);
        current = -1;
        show(0);
    }

    private List<Screen> screens(List<ScanQuestion> questions) {
        Map<String, List<ScanQuestion>> themes = new LinkedHashMap<>();
        List<ScanQuestion> open = new ArrayList<>();
        for (ScanQuestion question : questions) {
            if (question.isOpenQuestion()) {
                open.add(question);
            } else {
                themes.computeIfAbsent(question.getThemeKey(), k -> new ArrayList<>()).add(question);
            }
        }
        List<Screen> result = new ArrayList<>();
        themes.values().forEach(qs -> result.add(new Screen(qs.getFirst().getThemeTitle(), qs, false)));
        if (!open.isEmpty()) {
            result.add(new Screen(getTranslation("scan.answer.open"), open, true));
        }
        return result;
    }

    /** Shows screen {@code index} (a theme, or the open questions), keeping every answer given so far. */
    void show(int index) {
        keepOpenAnswers();
        boolean moved = index != current;
        current = Math.max(0, Math.min(index, screens.size() - 1));
        Screen screen = screens.get(current);
        statements.clear();
        openQuestions.clear();
        screenArea.removeAll();
        if (current == 0) {
            screenArea.add(introduction());
        }
        H2 title = new H2(screen.title());
        if (!screen.open()) {
            DutchContent.dutch(title);
        }
        title.getElement().setAttribute("tabindex", "-1");
        title.addClassName("scan-theme-title");
        Section section = new Section(title);
        section.addClassName("scan-theme");
        for (ScanQuestion question : screen.questions()) {
            // experts read their own wording where the questionnaire has one (scan version 2); same question
            String wording = question.textFor(questionnaire.group());
            if (screen.open()) {
                TextArea text = new TextArea(wording);
                text.setMaxLength(ScanAnsweringService.OPEN_ANSWER_MAX);
                text.setWidthFull();
                text.setHelperText(getTranslation("scan.answer.open.help"));
                text.setValue(texts.getOrDefault(question.getId(), ""));
                openQuestions.put(question.getId(), text);
                section.add(text);
            } else {
                LikertScale scale = new LikertScale(question.getId(), wording, SCALE,
                        v -> getTranslation("scan.scale." + v), scores.get(question.getId()), v -> {
                            scores.put(question.getId(), v);
                            updateProgress();
                        });
                DutchContent.dutch(scale.getLegend().getElement());
                statements.put(question.getId(), scale);
                section.add(scale);
            }
        }
        screenArea.add(section);
        boolean last = current == screens.size() - 1;
        previous.setVisible(current > 0);
        next.setVisible(!last);
        submit.setVisible(last);
        updateProgress();
        if (moved && current > 0) {
            // a new screen starts at its top, and the keyboard and screen reader with it
            title.getElement().executeJs("window.scrollTo(0, 0); this.focus();");
        }
    }

    private Div introduction() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        long statementCount = questionnaire.questions().stream().filter(q -> !q.isOpenQuestion()).count();
        long openCount = questionnaire.questions().size() - statementCount;
        long minutes = Math.max(2, Math.round((statementCount * SECONDS_PER_STATEMENT
                + openCount * SECONDS_PER_OPEN_QUESTION) / 60.0));
        Div intro = new Div(new Paragraph(getTranslation("scan.answer.intro",
                getTranslation(questionnaire.group().labelKey()), dates.format(questionnaire.closesOn()))),
                new Paragraph(getTranslation("scan.answer.time", minutes, statementCount, screens.size())));
        Paragraph anonymity = new Paragraph(getTranslation("scan.answer.anonymity"));
        anonymity.addClassName("muted");
        Paragraph saving = new Paragraph(getTranslation(questionnaire.singleUse() ? "scan.answer.save.personal"
                : "scan.answer.save.group"));
        saving.addClassName("muted");
        intro.add(anonymity, saving);
        intro.addClassName("scan-intro");
        return intro;
    }

    private void updateProgress() {
        Screen screen = screens.get(current);
        long total = questionnaire.questions().stream().filter(q -> !q.isOpenQuestion()).count();
        String where = screen.open() ? getTranslation("scan.answer.screen.open", current + 1, screens.size())
                : getTranslation("scan.answer.screen", current + 1, screens.size());
        progress.setText(where + " · " + getTranslation("scan.answer.progress", scores.size(), total));
        progressBar.setAttribute("max", String.valueOf(screens.size()));
        progressBar.setAttribute("value", String.valueOf(current + 1));
    }

    private void keepOpenAnswers() {
        openQuestions.forEach((id, text) -> texts.put(id, text.getValue()));
    }

    private Map<Long, AnswerValue> answers() {
        keepOpenAnswers();
        Map<Long, AnswerValue> answers = new LinkedHashMap<>();
        scores.forEach((id, score) -> answers.put(id, AnswerValue.score(score)));
        texts.forEach((id, text) -> answers.put(id, AnswerValue.text(text)));
        return answers;
    }

    /**
     * Sends the answers; with statements still open it names them per theme on this screen instead — a notice would
     * cover the screens that follow — and each name takes the person to that theme's first open statement.
     */
    void submit() {
        Map<Integer, Long> missing = new LinkedHashMap<>();
        for (int i = 0; i < screens.size(); i++) {
            long open = screens.get(i).questions().stream()
                    .filter(q -> !q.isOpenQuestion() && !scores.containsKey(q.getId())).count();
            if (open > 0) {
                missing.put(i, open);
            }
        }
        if (!missing.isEmpty()) {
            showMissing(missing);
            return;
        }
        try {
            scans.submit(token, answers());
        } catch (ObjectOptimisticLockingFailureException e) {
            // a respondent changed nobody's record: the same link was submitted twice at once
            Notices.error(getTranslation("scan.link.used"));
            return;
        }
        column.removeAll();
        Div thanks = new Div(new H1(getTranslation("scan.answer.thanks.title")),
                new Paragraph(getTranslation("scan.answer.thanks")));
        thanks.getElement().setAttribute("role", "status");
        column.add(thanks);
    }

    private void showMissing(Map<Integer, Long> missing) {
        Div summary = new Div(new H2(getTranslation("scan.answer.missing.title")),
                new Paragraph(getTranslation("scan.answer.missing.text")));
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("role", "alert");
        Div links = new Div();
        links.addClassName("error-summary-links");
        missing.forEach((screen, count) -> {
            Button go = new Button(getTranslation("scan.answer.missing.theme", screens.get(screen).title(), count),
                    e -> goToFirstOpen(screen));
            go.addThemeVariants(ButtonVariant.TERTIARY);
            links.add(go);
        });
        summary.add(links);
        screenArea.addComponentAsFirst(summary);
        summary.getElement().executeJs("this.scrollIntoView({block: 'start'});");
    }

    void goToFirstOpen(int screen) {
        show(screen);
        String message = getTranslation("scan.answer.required");
        Optional<LikertScale> first = Optional.empty();
        for (Map.Entry<Long, LikertScale> statement : statements.entrySet()) {
            if (!scores.containsKey(statement.getKey())) {
                statement.getValue().markUnanswered(message);
                first = first.or(() -> Optional.of(statement.getValue()));
            }
        }
        first.ifPresent(LikertScale::focusFirstAnswer);
    }

    /** Keeps the answers so far; with a group link the person gets a link of their own to continue with. */
    void saveForLater() {
        Optional<String> own;
        try {
            own = scans.saveForLater(token, answers());
        } catch (ObjectOptimisticLockingFailureException e) {
            // saved at the same moment in another tab: say so in the respondent's words, not as an edit conflict
            Notices.error(getTranslation("scan.answer.save.conflict"));
            return;
        }
        if (own.isEmpty()) {
            Notices.success(getTranslation("scan.answer.saved"));
            return;
        }
        token = own.get().substring(own.get().lastIndexOf('/') + 1);
        questionnaire = new Questionnaire(questionnaire.state(), questionnaire.roundName(), questionnaire.closesOn(),
                questionnaire.group(), true, questionnaire.questions(), questionnaire.saved());
        // from now on this page is the person's own link, so saving again keeps the answers in the same place
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, own.get().substring(1)));
        showResumeLink(address.forPage(own.get()));
    }

    private void showResumeLink(String link) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        TextField field = new TextField(getTranslation("scan.answer.resume.field"));
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        Div panel = new Div(new H2(getTranslation("scan.answer.resume.title")),
                new Paragraph(getTranslation("scan.answer.resume.text", dates.format(questionnaire.closesOn()))),
                field, LinkSharing.copyButton(field, link));
        panel.addClassNames("card", "scan-resume");
        panel.getElement().setAttribute("role", "status");
        screenArea.addComponentAsFirst(panel);
        panel.getElement().executeJs("this.scrollIntoView({block: 'start'});");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "scan.answer.title");
    }
}
