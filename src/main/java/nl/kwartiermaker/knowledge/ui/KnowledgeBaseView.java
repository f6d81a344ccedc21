package nl.kwartiermaker.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageCategory;

/** All knowledge-base pages by part of the journey, with a search over titles and text. */
@Route("kennisbank")
@PermitAll
@Menu(order = 10, title = "menu.knowledge", icon = "vaadin:book")
class KnowledgeBaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient KnowledgeService knowledge;
    private final TextField search = new TextField();
    private final Div results = new Div();

    KnowledgeBaseView(KnowledgeService knowledge, AuthenticationContext authentication) {
        this.knowledge = knowledge;
        addClassName("page");
        ViewHeader header = new ViewHeader(getTranslation("knowledge.title"), getTranslation("knowledge.purpose"));
        if (authentication.hasRole(Role.Names.BEHEERDER)) {
            Button create = new Button(getTranslation("knowledge.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("kennisbank/nieuw")));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.withActions(create);
        }
        add(header);
        if (!"nl".equals(getLocale().getLanguage())) {
            Paragraph note = new Paragraph(getTranslation("knowledge.dutch.only"));
            note.addClassName("note");
            add(note);
        }
        search.setLabel(getTranslation("knowledge.search"));
        search.setPlaceholder(getTranslation("knowledge.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        search.addValueChangeListener(e -> {
            show(e.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    e.getValue().isBlank() ? "kennisbank"
                            : "kennisbank?q=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
        });
        results.setWidthFull();
        results.getElement().setAttribute("aria-live", "polite");
        add(search, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(query);
        show(query);
    }

    private void show(String query) {
        results.removeAll();
        if (query == null || query.isBlank()) {
            List<KnowledgeService.Summary> all = knowledge.overview();
            for (PageCategory category : PageCategory.values()) {
                List<KnowledgeService.Summary> pages = all.stream().filter(p -> p.category() == category).toList();
                if (!pages.isEmpty()) {
                    Section section = new Section(new H2(getTranslation(category.labelKey())), list(pages));
                    section.addClassName("knowledge-section");
                    results.add(section);
                }
            }
            results.add(new Paragraph(new Anchor(SourceCitation.SOURCES_PAGE, getTranslation("knowledge.sources.all"))));
            return;
        }
        List<KnowledgeService.Summary> found = knowledge.search(query);
        Paragraph count = new Paragraph(found.isEmpty()
                ? getTranslation(query.strip().length() < 2 ? "knowledge.search.short" : "knowledge.search.none", query)
                : getTranslation("knowledge.search.count", found.size(), query));
        count.addClassName("search-count");
        results.add(count);
        if (!found.isEmpty()) {
            results.add(list(found));
        }
    }

    private UnorderedList list(List<KnowledgeService.Summary> pages) {
        UnorderedList list = new UnorderedList();
        list.addClassName("page-list");
        for (KnowledgeService.Summary page : pages) {
            Anchor link = new Anchor("kennisbank/" + page.slug(), page.title());
            ListItem item = new ListItem(link);
            if (!page.summary().isBlank()) {
                item.add(new Paragraph(page.summary()));
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "knowledge.title");
    }
}
