package nl.kwartiermaker.knowledge.ui;

import static nl.kwartiermaker.knowledge.PageContent.BODY_MAX;
import static nl.kwartiermaker.knowledge.PageContent.SOURCES_MAX;
import static nl.kwartiermaker.knowledge.PageContent.SUMMARY_MAX;
import static nl.kwartiermaker.knowledge.PageContent.TITLE_MAX;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageContent;

/**
 * Where a Beheerder writes a new page or changes an existing one, with a preview and the page's history. A save on
 * top of someone else's newer save is refused and the editor's text stays in the form.
 */
@Route("kennisbank/nieuw")
@RouteAlias("kennisbank/bewerken/:slug")
@RolesAllowed(Role.Names.BEHEERDER)
class KnowledgePageEditor extends Div implements BeforeEnterObserver, HasDynamicTitle {


    /** The form's state; sources are edited one per line. */
    static final class Form {
        private String title = "";
        private String summary = "";
        private String body = "";
        private String sources = "";

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getSummary() {
            return summary;
        }

        void setSummary(String summary) {
            this.summary = summary;
        }

        String getBody() {
            return body;
        }

        void setBody(String body) {
            this.body = body;
        }

        String getSources() {
            return sources;
        }

        void setSources(String sources) {
            this.sources = sources;
        }

        PageContent toContent() {
            return new PageContent(title, summary, body, Arrays.asList(sources.split("\n")));
        }

        static Form of(PageContent content) {
            Form form = new Form();
            form.title = content.title();
            form.summary = content.summary();
            form.body = content.body();
            form.sources = String.join("\n", content.sources());
            return form;
        }
    }

    private final transient KnowledgeService knowledge;
    private final transient SafeMarkdown markdown;
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea body = new TextArea();
    final TextArea sources = new TextArea();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final MarkdownContent preview;
    private String slug;
    private long version;

    KnowledgePageEditor(KnowledgeService knowledge, SafeMarkdown markdown) {
        this.knowledge = knowledge;
        this.markdown = markdown;
        this.preview = new MarkdownContent(markdown, "");
        addClassNames("page", "knowledge-editor");
        title.setLabel(getTranslation("knowledge.field.title"));
        title.setMaxLength(TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("knowledge.field.summary"));
        summary.setMaxLength(SUMMARY_MAX);
        body.setLabel(getTranslation("knowledge.field.body"));
        body.setHelperText(getTranslation("knowledge.field.body.help"));
        body.setMaxLength(BODY_MAX);
        // The fields check their own maxlength before the binder's validators run; without these texts a value sent
        // past the browser's limit is refused with an empty message.
        title.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(getTranslation("knowledge.error.title", TITLE_MAX)));
        summary.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("knowledge.error.summary", SUMMARY_MAX)));
        body.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("knowledge.error.body", BODY_MAX)));
        body.setRequiredIndicatorVisible(true);
        body.addClassName("markdown-input");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> preview.setMarkdown(markdown, e.getValue()));
        sources.setLabel(getTranslation("knowledge.field.sources"));
        sources.setHelperText(getTranslation("knowledge.field.sources.help"));
        binder.forField(title).asRequired(getTranslation("knowledge.error.title.required"))
                .withValidator(new StringLengthValidator(getTranslation("knowledge.error.title", TITLE_MAX), 1,
                        TITLE_MAX))
                .bind(Form::getTitle, Form::setTitle);
        binder.forField(summary)
                .withValidator(new StringLengthValidator(getTranslation("knowledge.error.summary", SUMMARY_MAX), 0,
                        SUMMARY_MAX))
                .bind(Form::getSummary, Form::setSummary);
        binder.forField(body).asRequired(getTranslation("knowledge.error.body.required"))
                .withValidator(new StringLengthValidator(getTranslation("knowledge.error.body", BODY_MAX), 1,
                        BODY_MAX))
                .bind(Form::getBody, Form::setBody);
        binder.forField(sources).withValidator(new StringLengthValidator(
                getTranslation("knowledge.error.sources", SOURCES_MAX), 0, SOURCES_MAX))
                .bind(Form::getSources, Form::setSources);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse(null);
        removeAll();
        if (slug == null) {
            version = -1;
            binder.setBean(new Form());
            build(getTranslation("knowledge.new"), null);
            return;
        }
        KnowledgeService.Page page = knowledge.page(slug).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        load(page);
    }

    private void load(KnowledgeService.Page page) {
        removeAll();
        version = page.version();
        binder.setBean(Form.of(page.content()));
        build(getTranslation("knowledge.edit.title", page.content().title()), page);
    }

    private void build(String heading, KnowledgeService.Page page) {
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave());
        add(new ViewHeader(heading, getTranslation("knowledge.edit.purpose")).withActions(cancel, save));
        if (page != null && page.shippedUpdateAvailable()) {
            Button adopt = new Button(getTranslation("knowledge.shipped.adopt"), e -> Confirmation.ask(
                    getTranslation("knowledge.shipped.adopt"), getTranslation("knowledge.shipped.adopt.confirm"),
                    getTranslation("knowledge.shipped.adopt"), () -> run(() -> knowledge.adoptShipped(slug, version))));
            Div banner = new Div(new Paragraph(getTranslation("knowledge.shipped.update")), adopt);
            banner.addClassName("note");
            add(banner);
        }
        Div fields = new Div(title, summary, body, sources);
        fields.addClassName("form-column");
        preview.setMarkdown(markdown, body.getValue());
        Section previewSection = new Section(new H2(getTranslation("knowledge.tab.preview")), preview);
        previewSection.addClassName("editor-preview");
        Div columns = new Div(fields, previewSection);
        columns.addClassName("editor-columns");
        add(columns);
        if (page != null) {
            add(history());
        }
    }

    private Section history() {
        Grid<KnowledgeService.Revision> grid = new Grid<>();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        grid.addColumn(KnowledgeService.Revision::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> format.format(r.createdAt())).setHeader(getTranslation("knowledge.history.when"))
                .setFlexGrow(2);
        Grid.Column<KnowledgeService.Revision> who = grid.addColumn(KnowledgeService.Revision::createdBy)
                .setHeader(getTranslation("knowledge.history.who")).setFlexGrow(2);
        Grid.Column<KnowledgeService.Revision> kind = grid.addColumn(this::kind)
                .setHeader(getTranslation("knowledge.history.kind")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Button show = new Button(getTranslation("knowledge.history.show"), e -> showRevision(r));
            show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            show.setAriaLabel(getTranslation("knowledge.history.show.aria", r.number()));
            return show;
        }).setHeader(getTranslation("knowledge.history.actions")).setAutoWidth(true);
        FoldingColumns<KnowledgeService.Revision> folding = FoldingColumns.of(grid)
                .fold(who, getTranslation("knowledge.history.who"), KnowledgeService.Revision::createdBy)
                .fold(kind, getTranslation("knowledge.history.kind"), this::kind);
        grid.setItems(knowledge.history(slug));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("knowledge.history"));
        Section section = new Section(new H2(getTranslation("knowledge.history")),
                new Paragraph(getTranslation("knowledge.history.purpose")), folding.hint(), grid);
        section.addClassName("knowledge-history");
        return section;
    }

    private String kind(KnowledgeService.Revision revision) {
        return getTranslation("knowledge.history.kind." + revision.kind().name().toLowerCase(Locale.ROOT));
    }

    private void showRevision(KnowledgeService.Revision revision) {
        PageContent content = knowledge.revisionContent(slug, revision.number());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("knowledge.history.revision", revision.number(), content.title()));
        dialog.add(new MarkdownContent(markdown, content.body()));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        Button revert = new Button(getTranslation("knowledge.history.revert"), e -> Confirmation.ask(
                getTranslation("knowledge.history.revert"),
                getTranslation("knowledge.history.revert.confirm", revision.number()),
                getTranslation("knowledge.history.revert"), () -> {
                    dialog.close();
                    run(() -> knowledge.revert(slug, version, revision.number()));
                }));
        revert.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close, revert);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        PageContent content = binder.getBean().toContent();
        if (slug == null) {
            run(() -> knowledge.create(content));
        } else {
            run(() -> knowledge.update(slug, version, content));
        }
    }

    /** A refusal leaves the editor open with the text as typed; the one error handler says why. */
    private void run(java.util.function.Supplier<KnowledgeService.Page> action) {
        KnowledgeService.Page page = action.get();
        Notices.success(getTranslation("knowledge.saved", page.content().title()));
        getUI().ifPresent(ui -> ui.navigate("kennisbank/" + page.slug()));
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(slug == null ? "kennisbank" : "kennisbank/" + slug));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, slug == null ? "knowledge.new" : "knowledge.edit");
    }
}
