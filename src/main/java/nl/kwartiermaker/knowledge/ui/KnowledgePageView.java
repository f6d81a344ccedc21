package nl.kwartiermaker.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.SourceDocuments;

/** One knowledge-base page: its text, rendered safely, and the sources it was written from. */
@Route("kennisbank/:slug")
@PermitAll
class KnowledgePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {


    /** A bracket that opens with a seed's number, as in "(003)" or "(001, citaat van Jette Bolle)". */
    private static final Pattern SEED_REFERENCE = Pattern.compile("\\((00\\d)(?!\\d)[^()\\[\\]]*\\)");
    private static final Pattern SEED_CODE = Pattern.compile("(?<!\\d)00\\d(?!\\d)");

    private final transient KnowledgeService knowledge;
    private final transient SafeMarkdown markdown;
    private final boolean editor;
    private String title = "";

    KnowledgePageView(KnowledgeService knowledge, SafeMarkdown markdown, AuthenticationContext authentication) {
        this.knowledge = knowledge;
        this.markdown = markdown;
        this.editor = authentication.hasRole(Role.Names.BEHEERDER);
        addClassNames("page", "knowledge-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        KnowledgeService.Page page = knowledge.page(slug).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = page.content().title();
        Nav crumbs = new Nav(new Anchor("kennisbank", getTranslation("knowledge.title")));
        crumbs.addClassName("breadcrumbs");
        crumbs.setAriaLabel(getTranslation("knowledge.breadcrumbs"));
        ViewHeader header = new ViewHeader(title, page.content().summary());
        if (editor) {
            Button edit = new Button(getTranslation("knowledge.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("kennisbank/bewerken/" + slug)));
            header.withActions(edit);
        }
        Article article = new Article(new MarkdownContent(markdown, linkSeedReferences(page.content().body())));
        article.addClassName("knowledge-body");
        // the pages are written in Dutch whatever the reader's language; screen readers should pronounce them so
        DutchContent.dutch(article);
        add(crumbs, header);
        if (!"nl".equals(getLocale().getLanguage())) {
            Paragraph note = new Paragraph(getTranslation("knowledge.dutch.only"));
            note.addClassName("note");
            add(note);
        }
        add(article, sources(page));
    }

    private Section sources(KnowledgeService.Page page) {
        Section section = new Section(new H2(getTranslation("knowledge.sources")));
        section.addClassName("knowledge-sources");
        if (page.content().sources().isEmpty()) {
            section.add(new Paragraph(getTranslation("knowledge.sources.none")));
        } else {
            UnorderedList list = new UnorderedList();
            page.content().sources().forEach(s -> list.add(new ListItem(new SourceCitation(s))));
            section.add(list);
        }
        section.add(new Paragraph(new Anchor(SourceCitation.SOURCES_PAGE, getTranslation("knowledge.sources.all"))));
        if (page.modifiedAt() != null) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).withZone(PortalTime.ZONE);
            Paragraph changed = new Paragraph(getTranslation(page.locallyEdited() || !page.shipped()
                    ? "knowledge.changed.local" : "knowledge.changed.shipped", format.format(page.modifiedAt())));
            changed.addClassName("muted");
            section.add(changed);
        }
        return section;
    }

    /**
     * The pages cite a seed in the text too, by its number in brackets: "(001)", "(001, Fase 2)", "(001, 004)". Each
     * number the sources page lists becomes a link to its entry, as the sources under the page do; the stored text
     * stays as written, so an editor never sees the links.
     */
    static String linkSeedReferences(String body) {
        Matcher bracket = SEED_REFERENCE.matcher(body);
        StringBuilder linked = new StringBuilder();
        while (bracket.find()) {
            Matcher code = SEED_CODE.matcher(bracket.group());
            StringBuilder inside = new StringBuilder();
            while (code.find()) {
                String replacement = SourceDocuments.find(code.group()).isPresent()
                        ? "[" + code.group() + "](/" + SourceCitation.entry(code.group()) + ")" : code.group();
                code.appendReplacement(inside, Matcher.quoteReplacement(replacement));
            }
            code.appendTail(inside);
            bracket.appendReplacement(linked, Matcher.quoteReplacement(inside.toString()));
        }
        bracket.appendTail(linked);
        return linked.toString();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
