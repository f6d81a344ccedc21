package nl.kwartiermaker.base.ui;

import com.vaadin.flow.dom.Element;
import java.util.List;
import nl.kwartiermaker.base.HtmlPdf;

/**
 * Read-only text as one piece of markup in one element (issue 18). Every element and every text on a page is a node
 * that the server keeps for as long as the session lives, about 1 KB each; a line that nobody acts on needs none of
 * them. Every text passes {@link #escape} here, so a title someone typed can never become markup.
 */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        return HtmlPdf.escape(text);
    }

    /** {@code <span class="…">text</span>}, the text escaped; classes as for {@link Marks} ("muted", "badge error"). */
    public static String span(String text, String... classNames) {
        return tag("span", text, classNames);
    }

    /** The same with another tag, for a heading or paragraph nobody acts on. */
    public static String tag(String tag, String text, String... classNames) {
        StringBuilder html = new StringBuilder("<").append(tag);
        if (classNames.length > 0) {
            html.append(" class=\"").append(escape(String.join(" ", classNames))).append('"');
        }
        return html.append('>').append(escape(text)).append("</").append(tag).append('>').toString();
    }

    /** A link, href and text escaped; Vaadin's client follows it without reloading the page. */
    public static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A {@code ul} whose items are markup made with this class: one node for the whole list. */
    public static Element list(List<String> items, String... classNames) {
        StringBuilder html = new StringBuilder();
        items.forEach(item -> html.append("<li>").append(item).append("</li>"));
        Element list = element("ul", html.toString());
        for (String className : classNames) {
            list.getClassList().add(className);
        }
        return list;
    }

    /** An element holding markup made with this class; it can have no child elements of its own. */
    public static Element element(String tag, String html) {
        return new Element(tag).setProperty("innerHTML", html);
    }
}
