package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.html.Div;
import nl.kwartiermaker.base.SafeMarkdown;

/**
 * Shows Markdown written by users or shipped with the portal. This is the portal's only place that puts HTML into
 * the page, and it only ever receives the output of {@link SafeMarkdown}.
 */
public class MarkdownContent extends Div {

    public MarkdownContent(SafeMarkdown safeMarkdown, String markdown) {
        addClassName("prose");
        setMarkdown(safeMarkdown, markdown);
    }

    /** Rendered in the reader's language, which names links to other sites for screen readers. */
    public void setMarkdown(SafeMarkdown safeMarkdown, String markdown) {
        getElement().setProperty("innerHTML", safeMarkdown.toSafeHtml(markdown, getLocale()));
    }
}
