package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The seeds' warnings, shown the same way on every page that has them: each warning in the person's language,
 * followed by where it comes from, so a reader can look it up and weigh it.
 */
public class WarningList extends UnorderedList {

    public WarningList() {
        addClassName("warning-list");
    }

    /** Adds a warning (already translated) with its source, and returns its line for marks a page needs. */
    public ListItem addWarning(String text, String source) {
        SourceCitation from = new SourceCitation("source", source);
        from.addClassName("muted");
        ListItem item = new ListItem(new Span(text), from);
        add(item);
        return item;
    }
}
