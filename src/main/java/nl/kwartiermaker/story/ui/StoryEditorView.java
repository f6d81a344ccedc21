package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.story.ConsentState;
import nl.kwartiermaker.story.FeaturedLine;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryConsentService;
import nl.kwartiermaker.story.StoryContent;
import nl.kwartiermaker.story.StoryImageService;
import nl.kwartiermaker.story.StoryWritingService;
import nl.kwartiermaker.traject.ExpertRole;

/**
 * Where an author writes a story. It saves as they type (the first save, once there is a title, starts the draft),
 * shows the text as it will be published next to the Markdown, and lists the people it is about with their consent.
 * A change after someone's consent is saved too, and the author is told that consent is needed again.
 */
@Route("verhalen/nieuw")
@RouteAlias("verhalen/:id([0-9]+)/bewerken")
@RolesAllowed(Role.Names.STAFF)
class StoryEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryWritingService writing;
    private final transient StoryConsentService consent;
    private final transient StoryImageService images;
    private final transient SafeMarkdown markdown;
    private final transient PortalTime time;
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea body = new TextArea();
    final TextArea impact = new TextArea();
    final MultiSelectComboBox<ExperienceTheme> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<ExpertRole> roles = new CheckboxGroup<>();
    final ComboBox<Long> traject = new ComboBox<>();
    final Span savedState = new Span();
    final Button submit = new Button();
    final Button addWithAccount = new Button();
    final Button addWithoutAccount = new Button();
    final MarkdownContent preview;
    final Div consentNotice = new Div();
    private final Section people = new Section();
    private final Div fields;
    private final Div imageSlot = new Div();
    private StoryImageField imageField;
    private Map<Long, String> trajectNames = Map.of();
    /** {@code null} until the first save starts the draft. */
    private Long storyId;
    private long version;
    private String fingerprint = "";
    /** Whether someone's consent covers the text as last shown: then a change must tell the author. */
    private boolean someoneConsented;
    private boolean editable;
    private boolean loading;

    StoryEditorView(StoryWritingService writing, StoryConsentService consent, StoryImageService images,
                    SafeMarkdown markdown, PortalTime time) {
        this.writing = writing;
        this.consent = consent;
        this.images = images;
        this.markdown = markdown;
        this.time = time;
        this.preview = new MarkdownContent(markdown, "");
        addClassNames("page", "story-editor");
        title.setLabel(getTranslation("story.field.title"));
        title.setMaxLength(Story.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("story.field.summary"));
        summary.setHelperText(getTranslation("story.field.summary.help"));
        summary.setMaxLength(Story.SUMMARY_MAX);
        body.setLabel(getTranslation("story.field.body"));
        body.setHelperText(getTranslation("story.field.body.help"));
        body.setMaxLength(Story.BODY_MAX);
        body.addClassName("markdown-input");
        impact.setLabel(getTranslation("story.field.impact"));
        impact.setHelperText(getTranslation("story.field.impact.help"));
        impact.setMaxLength(Story.IMPACT_MAX);
        title.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(getTranslation("story.error.title", Story.TITLE_MAX)));
        summary.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("story.error.summary", Story.SUMMARY_MAX)));
        body.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("story.error.body", Story.BODY_MAX)));
        impact.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("story.error.impact", Story.IMPACT_MAX)));
        themes.setLabel(getTranslation("story.field.themes"));
        themes.setItems(ExperienceTheme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        roles.setLabel(getTranslation("story.field.roles"));
        roles.setItems(ExpertRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        traject.setLabel(getTranslation("story.field.traject"));
        traject.setHelperText(getTranslation("story.field.traject.help"));
        traject.setClearButtonVisible(true);
        traject.setItemLabelGenerator(id -> trajectNames.getOrDefault(id,
                getTranslation("story.field.traject.hidden")));
        // saved a moment after the author stops typing, and the preview follows the same pause
        for (var field : new com.vaadin.flow.data.value.HasValueChangeMode[] {title, summary, body, impact}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        body.addValueChangeListener(e -> preview.setMarkdown(markdown, e.getValue()));
        title.addValueChangeListener(e -> autosave());
        summary.addValueChangeListener(e -> autosave());
        body.addValueChangeListener(e -> autosave());
        impact.addValueChangeListener(e -> autosave());
        themes.addValueChangeListener(e -> autosave());
        roles.addValueChangeListener(e -> autosave());
        traject.addValueChangeListener(e -> autosave());
        savedState.addClassName("story-saved-state");
        savedState.getElement().setAttribute("aria-live", "polite");
        submit.setText(getTranslation("story.editor.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        addWithAccount.setText(getTranslation("story.people.add_account"));
        addWithAccount.addClickListener(e -> FeaturedPersonDialog.withAccount(writing, storyId, this::showPeople)
                .open());
        addWithoutAccount.setText(getTranslation("story.people.add_name"));
        addWithoutAccount.addClickListener(e -> FeaturedPersonDialog.withoutAccount(writing, storyId, null,
                this::showPeople).open());
        consentNotice.addClassName("note");
        consentNotice.add(new Paragraph(getTranslation("story.editor.consent_again")));
        consentNotice.setVisible(false);
        people.addClassName("story-people");
        fields = new Div(title, summary, body, impact, themes, roles, traject);
        fields.addClassName("form-column");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        storyId = null;
        version = -1;
        fingerprint = "";
        someoneConsented = false;
        consentNotice.setVisible(false);
        editable = true;
        trajectNames = writing.trajecten();
        loading = true;
        String id = event.getRouteParameters().get("id").orElse(null);
        if (id == null) {
            title.clear();
            summary.clear();
            body.clear();
            impact.clear();
            themes.clear();
            roles.clear();
            traject.setItems(trajectNames.keySet());
            traject.clear();
        } else {
            StoryWritingService.Draft draft;
            try {
                draft = writing.draft(Long.parseLong(id));
            } catch (NumberFormatException | InvalidInput notFound) {
                loading = false;
                event.rerouteToError(NotFoundException.class);
                return;
            }
            load(draft);
        }
        loading = false;
        build();
    }

    private void load(StoryWritingService.Draft draft) {
        Story story = draft.story();
        storyId = story.getId();
        version = story.getVersion();
        fingerprint = story.getContentFingerprint();
        editable = draft.editable();
        title.setValue(story.getTitle());
        summary.setValue(story.getSummary());
        body.setValue(story.getBody());
        impact.setValue(story.getImpact());
        themes.setValue(story.getThemes());
        roles.setValue(story.getRoles());
        // a linked traject the author no longer sees stays linked, shown without its name
        java.util.LinkedHashSet<Long> choices = new java.util.LinkedHashSet<>(trajectNames.keySet());
        if (story.getTrajectId() != null) {
            choices.add(story.getTrajectId());
        }
        traject.setItems(choices);
        traject.setValue(story.getTrajectId());
        savedState.setText(getTranslation("story.editor.saved_at", clock(story.getModifiedAt())));
    }

    private void build() {
        add(new ViewHeader(getTranslation(storyId == null ? "story.editor.new" : "story.editor.edit"),
                getTranslation("story.editor.purpose")).withActions(savedState, submit));
        if (storyId == null) {
            savedState.setText(getTranslation("story.editor.not_saved"));
        }
        submit.setVisible(editable);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {title, summary, body, impact, themes, roles,
                traject}) {
            field.setReadOnly(!editable);
        }
        if (!editable) {
            add(Marks.note(getTranslation("story.editor.not_editable")));
        }
        add(consentNotice);
        preview.setMarkdown(markdown, body.getValue());
        Section previewSection = new Section(new H2(getTranslation("story.editor.preview")), preview);
        previewSection.addClassName("editor-preview");
        imageSlot.addClassName("story-image-slot");
        showImageField();
        Div columns = new Div(new Div(fields, imageSlot), previewSection);
        columns.addClassName("editor-columns");
        add(columns, people);
        showPeople();
    }

    /** The picture with its alt text, once the story exists (a picture belongs to a saved story). */
    private void showImageField() {
        imageSlot.removeAll();
        imageField = null;
        if (storyId == null || !editable) {
            Paragraph later = new Paragraph(getTranslation(storyId == null ? "story.editor.image_later"
                    : "story.editor.image_locked"));
            later.addClassName("muted");
            imageSlot.add(new H2(getTranslation("story.editor.image")), later);
            return;
        }
        imageField = new StoryImageField(images, storyId, version, saved -> {
            version = saved.getVersion();
            fingerprint = saved.getContentFingerprint();
            showPeople();
        });
        imageSlot.add(new H2(getTranslation("story.editor.image")), imageField);
    }

    /** The people the story is about, with their consent; reread after each change to them. */
    void showPeople() {
        people.removeAll();
        people.add(new H2(getTranslation("story.people.title")),
                new Paragraph(getTranslation("story.people.purpose")));
        if (storyId == null) {
            Paragraph first = new Paragraph(getTranslation("story.people.title_first"));
            first.addClassName("empty-state");
            people.add(first);
            return;
        }
        StoryWritingService.Draft draft = writing.draft(storyId);
        consentNotice.setVisible(draft.featured().stream().anyMatch(l -> l.state() == ConsentState.OUTDATED));
        someoneConsented = draft.featured().stream().anyMatch(l -> l.state() == ConsentState.GIVEN);
        if (draft.featured().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("story.people.empty"));
            none.addClassName("empty-state");
            people.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("story-people-list");
            draft.featured().forEach(line -> list.add(line(line)));
            people.add(list);
        }
        if (editable) {
            Div actions = new Div(addWithAccount, addWithoutAccount);
            actions.addClassName("story-people-actions");
            people.add(actions);
        }
    }

    private ListItem line(FeaturedLine line) {
        ListItem item = new ListItem();
        item.addClassName("story-person");
        item.add(new Span(line.person().getName()), new Span(" · "),
                Marks.muted(getTranslation(line.person().getRelation().labelKey())), new Span(" "),
                Marks.badge(getTranslation(line.state().labelKey()),
                        line.state() == ConsentState.GIVEN ? "success" : "contrast"));
        if (line.hasAccount()) {
            if (line.state() == ConsentState.MISSING || line.state() == ConsentState.OUTDATED) {
                item.add(new Paragraph(getTranslation("story.people.asked", line.person().getName())));
            }
        } else if (line.person().getConsentFormDate() != null && line.state() == ConsentState.GIVEN) {
            item.add(new Paragraph(getTranslation("story.people.form_taken",
                    DateTimeFormatter.ofPattern("d-M-yyyy").format(line.person().getConsentFormDate()),
                    line.takenByName())));
        }
        if (!line.hasAccount() && line.state() != ConsentState.WITHDRAWN) {
            Button form = new Button(getTranslation("story.people.record_form"),
                    e -> new ConsentFormDialog(consent, line.person(), this::showPeople).open());
            form.addThemeVariants(ButtonVariant.SMALL);
            form.setAriaLabel(getTranslation("story.people.record_form.aria", line.person().getName()));
            item.add(form);
        }
        if (editable) {
            if (!line.hasAccount()) {
                Button change = new Button(getTranslation("story.people.change"), e -> FeaturedPersonDialog
                        .withoutAccount(writing, storyId, line.person(), this::showPeople).open());
                change.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                change.setAriaLabel(getTranslation("story.people.change.aria", line.person().getName()));
                item.add(change);
            }
            Button remove = new Button(getTranslation("story.people.remove"), e -> Confirmation.ask(
                    getTranslation("story.people.remove"), getTranslation("story.people.remove.confirm",
                            line.person().getName()), getTranslation("story.people.remove"), () -> {
                        writing.removeFeatured(line.person().getId());
                        showPeople();
                    }));
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("story.people.remove.aria", line.person().getName()));
            item.add(remove);
        }
        return item;
    }

    private StoryContent content() {
        return new StoryContent(title.getValue(), summary.getValue(), body.getValue(), impact.getValue(),
                themes.getValue(), roles.getValue(), traject.getValue());
    }

    /** Saves what is typed; the first save, once there is a title, starts the draft and gives it its address. */
    void autosave() {
        if (loading || !editable) {
            return;
        }
        if (title.getValue().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage(getTranslation("story.error.title.required"));
            savedState.setText(getTranslation("story.editor.not_saved_title"));
            return;
        }
        title.setInvalid(false);
        Story saved;
        if (storyId == null) {
            saved = writing.start(content());
            storyId = saved.getId();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "verhalen/" + storyId + "/bewerken"));
            version = saved.getVersion();
            showImageField();
            showPeople();
        } else {
            saved = writing.save(storyId, version, content());
            if (someoneConsented && !fingerprint.equals(saved.getContentFingerprint())) {
                // their consent covered the text before this change: show that it is needed again
                fingerprint = saved.getContentFingerprint();
                showPeople();
            }
        }
        version = saved.getVersion();
        fingerprint = saved.getContentFingerprint();
        if (imageField != null) {
            imageField.storySaved(saved);
        }
        savedState.setText(getTranslation("story.editor.saved_at", clock(saved.getModifiedAt())));
    }

    private String clock(java.time.Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(PortalTime.ZONE).format(at == null ? time.now() : at);
    }

    void submit() {
        autosave();
        if (storyId == null) {
            return;
        }
        writing.submit(storyId, version);
        Notices.success(getTranslation("story.editor.submitted"));
        getUI().ifPresent(ui -> ui.navigate("verhalen/mijn"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, storyId == null ? "story.editor.new" : "story.editor.edit");
    }
}
