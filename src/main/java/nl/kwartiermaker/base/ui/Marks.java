package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** The portal's small text marks, styled once in styles.css: a badge, a muted remark and a note box. */
public final class Marks {

    private Marks() {
    }

    /** A badge; the variant ("error", "contrast", "status-…") picks its colours. */
    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }

    public static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    /**
     * Read-only text as a bare span element, without a component behind it: on a long page every component costs
     * memory for as long as the session lives, and text that nobody acts on needs none. Classes as for the marks above
     * ("muted", "badge error", "item-title").
     */
    public static Element text(String text, String... classNames) {
        return element("span", text, classNames);
    }

    /** The same with another tag, for a heading or paragraph that nobody acts on ("h2", "p"). */
    public static Element element(String tag, String text, String... classNames) {
        Element element = new Element(tag).setText(text);
        for (String className : classNames) {
            element.getClassList().add(className);
        }
        return element;
    }

    public static Div note(String text) {
        Div note = new Div(new Paragraph(text));
        note.addClassName("note");
        return note;
    }
}
