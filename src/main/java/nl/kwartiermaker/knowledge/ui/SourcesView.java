package nl.kwartiermaker.knowledge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.knowledge.SourceDocuments;

/**
 * "Bronnen": the documents the portal is written from, one entry per seed with author, year, title and publisher.
 * Every citation in the portal links to its entry ({@code kennisbank/bronnen#bron-001}); the route is more specific
 * than a knowledge page's, so it wins over {@code kennisbank/:slug}.
 */
@Route("kennisbank/bronnen")
@PermitAll
class SourcesView extends Div implements HasDynamicTitle {

    SourcesView() {
        addClassNames("page", "sources-page");
        Nav crumbs = new Nav(new Anchor("kennisbank", getTranslation("knowledge.title")));
        crumbs.addClassName("breadcrumbs");
        crumbs.setAriaLabel(getTranslation("knowledge.breadcrumbs"));
        add(crumbs, new ViewHeader(getTranslation("sources.title"), getTranslation("sources.purpose")));
        for (SourceDocuments.SourceDocument document : SourceDocuments.all()) {
            add(entry(document));
        }
    }

    private Article entry(SourceDocuments.SourceDocument document) {
        Article entry = new Article(new H2(document.code() + " " + document.title()));
        entry.setId(SourceCitation.entry(document.code()).substring(SourceCitation.SOURCES_PAGE.length() + 1));
        entry.addClassName("source-entry");
        DescriptionList facts = new DescriptionList();
        fact(facts, "sources.authors", document.authors());
        fact(facts, "sources.year", document.year().isEmpty() ? getTranslation("sources.year.none") : document.year());
        fact(facts, "sources.document", document.title());
        fact(facts, "sources.publisher", document.publisher());
        entry.add(facts);
        if (!document.parts().isEmpty()) {
            entry.add(new Paragraph(getTranslation("sources.parts")));
            UnorderedList parts = new UnorderedList();
            document.parts().forEach(part -> parts.add(new ListItem(part)));
            entry.add(parts);
        }
        entry.add(new Paragraph(getTranslation("sources.about." + document.code())));
        return entry;
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    /**
     * A link from a citation ends in the entry's id. The entries are drawn after the browser looked for that id,
     * so the page brings the entry into view itself.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("const id = decodeURIComponent(window.location.hash.slice(1));"
                + " const target = id && document.getElementById(id);"
                + " if (target) { target.scrollIntoView(); target.setAttribute('tabindex', '-1'); target.focus(); }");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "sources.title");
    }
}
