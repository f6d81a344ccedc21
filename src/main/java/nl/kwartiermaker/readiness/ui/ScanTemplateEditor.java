package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.readiness.OrganisationTemplate;
import nl.kwartiermaker.readiness.QuestionnaireLibraryService;
import nl.kwartiermaker.readiness.ScanQuestion;
import nl.kwartiermaker.readiness.ScanTemplate;
import nl.kwartiermaker.readiness.TemplateContent;
import nl.kwartiermaker.readiness.TemplateQuestion;

/**
 * Adapts an organisation template: reword statements, flip their reverse scoring, add own statements to a theme, leave
 * questions out and edit the open questions. Nothing is stored until "save", which makes the next version; rounds that
 * started from an earlier version keep their own copy of the questions.
 */
@Route("scans/vragenlijsten/:id")
@RolesAllowed({Role.Names.BEHEERDER, Role.Names.PROJECTLEIDER})
class ScanTemplateEditor extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient QuestionnaireLibraryService scans;
    final TextField name = new TextField();
    final Button save = new Button();
    /** The questions as edited so far, with the fields that show them, in the order shown. */
    final List<TemplateQuestion> draft = new ArrayList<>();
    final List<TextArea> texts = new ArrayList<>();
    /** Per row of {@link #texts}: the wording the group "Ervaringsdeskundigen" reads instead (empty: the same). */
    final List<TextArea> expertTexts = new ArrayList<>();
    private final List<Checkbox> reverses = new ArrayList<>();
    private List<ScanTemplate.Theme> themes = List.of();
    private TemplateContent content;
    private String title = "";

    ScanTemplateEditor(QuestionnaireLibraryService scans) {
        this.scans = scans;
        addClassNames("page", "scan-template-editor");
        // once: render() runs again after every change and on every navigation to another template
        save.addClickListener(e -> saveDraft());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        name.setMaxLength(OrganisationTemplate.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            content = scans.template(id);
        } catch (NumberFormatException | InvalidInput e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        themes = scans.templateThemes(id);
        draft.clear();
        draft.addAll(content.questions());
        name.setValue(content.name());
        render();
    }

    private void render() {
        removeAll();
        texts.clear();
        expertTexts.clear();
        reverses.clear();
        title = getTranslation("scan.editor.title", content.name());
        Anchor back = new Anchor("scans/vragenlijsten", getTranslation("scan.templates.title"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation("scan.editor.purpose"));
        add(back, header);
        DutchContent.notice(this).ifPresent(this::add);
        Paragraph state = new Paragraph(getTranslation("scan.editor.version", content.revision(),
                content.roundsUsing()));
        add(state, new Paragraph(getTranslation("scan.editor.experts")));
        if (content.archived()) {
            Paragraph archived = new Paragraph(getTranslation("scan.editor.archived"));
            archived.addClassName("empty-state");
            add(archived);
            return;
        }
        name.setLabel(getTranslation("scan.templates.name"));
        add(name);
        for (ScanTemplate.Theme theme : themes) {
            Section section = new Section(new H2(theme.title()));
            section.addClassNames("card", "scan-template-theme");
            addRows(section, q -> !q.open() && q.themeKey().equals(theme.key()));
            section.add(adder(theme.title(), text -> TemplateQuestion.ownStatement(theme.key(), theme.title(), text,
                    false), true));
            add(section);
        }
        Section open = new Section(new H2(getTranslation("scan.editor.open")));
        open.addClassNames("card", "scan-template-theme");
        addRows(open, TemplateQuestion::open);
        open.add(adder(getTranslation("scan.editor.open"), TemplateQuestion::ownOpenQuestion, false));
        add(open);

        save.setText(getTranslation("scan.editor.save"));
        Div actions = new Div(save);
        actions.addClassName("scan-round-actions");
        add(actions);
    }

    private void addRows(Section section, java.util.function.Predicate<TemplateQuestion> which) {
        int number = 0;
        for (int i = 0; i < draft.size(); i++) {
            TemplateQuestion question = draft.get(i);
            if (!which.test(question)) {
                continue;
            }
            int index = i;
            TextArea text = new TextArea(getTranslation(question.open() ? "scan.editor.open.question"
                    : "scan.editor.statement", ++number));
            text.setValue(question.text());
            text.setMaxLength(ScanQuestion.TEXT_MAX);
            text.setWidthFull();
            TextArea expertText = expertTextField(question.expertText());
            Checkbox reverse = new Checkbox(getTranslation("scan.field.reverse"), question.reverse());
            reverse.setVisible(!question.open());
            texts.add(text);
            expertTexts.add(expertText);
            reverses.add(reverse);
            Button leaveOut = new Button(getTranslation("scan.questions.remove"), e -> {
                sync();
                draft.remove(index);
                render();
                Notices.success(getTranslation("scan.editor.left.out"));
            });
            leaveOut.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            Div row = new Div(text, expertText, reverse, leaveOut);
            row.addClassName("scan-question-edit");
            row.getElement().setAttribute("data-index", String.valueOf(index));
            section.add(row);
        }
    }

    /** The experts' wording of a question (scan version 2): kept, shown and editable like the text itself. */
    private TextArea expertTextField(String value) {
        TextArea field = new TextArea(getTranslation("scan.field.expert.text"));
        field.setHelperText(getTranslation("scan.field.expert.help"));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(ScanQuestion.TEXT_MAX);
        field.setWidthFull();
        field.addClassName("scan-expert-text");
        return field;
    }

    private Div adder(String about, java.util.function.Function<String, TemplateQuestion> create,
                      boolean statement) {
        TextField text = new TextField(getTranslation(statement ? "scan.questions.add.text" : "scan.editor.open.add"));
        text.setMaxLength(ScanQuestion.TEXT_MAX);
        text.setWidthFull();
        text.setAriaLabel(getTranslation(statement ? "scan.questions.add.text" : "scan.editor.open.add") + " – "
                + about);
        Checkbox reverse = new Checkbox(getTranslation("scan.field.reverse"));
        reverse.setVisible(statement);
        Button add = new Button(getTranslation("scan.questions.add"), e -> {
            String clean = text.getValue().strip();
            if (clean.isEmpty()) {
                Notices.error(getTranslation("scan.error.question.text", ScanQuestion.TEXT_MAX));
                return;
            }
            sync();
            TemplateQuestion added = create.apply(clean);
            draft.add(added.withText(clean, reverse.getValue()));
            render();
            Notices.success(getTranslation("scan.editor.added"));
        });
        Div adding = new Div(text, reverse, add);
        adding.addClassNames("form-column", "scan-question-add");
        return adding;
    }

    /** Copies what is typed in the fields back into the draft, before the draft is re-rendered or saved. */
    private void sync() {
        for (int i = 0; i < texts.size(); i++) {
            int index = Integer.parseInt(texts.get(i).getParent().orElseThrow().getElement()
                    .getAttribute("data-index"));
            draft.set(index, draft.get(index).withText(texts.get(i).getValue(), reverses.get(i).getValue())
                    .withExpertText(expertTexts.get(i).getValue()));
        }
    }

    /**
     * Saves the questions as edited. A refusal (bad input, or someone else saved first) leaves the edits on screen, so
     * nothing typed is lost; the one error handler says what happened.
     */
    void saveDraft() {
        sync();
        content = scans.saveTemplate(content.id(), content.version(), name.getValue(), List.copyOf(draft));
        draft.clear();
        draft.addAll(content.questions());
        name.setValue(content.name());
        Notices.success(getTranslation("scan.editor.saved", content.revision()));
        render();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
