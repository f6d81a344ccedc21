package nl.kwartiermaker;

import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * A part of a page as the browser gets it: elements, texts and the markup that light read-only parts carry in their
 * {@code innerHTML} (base.ui.Markup, issue 18), which the server's element tree does not show as children.
 */
public final class AsRendered {

    private AsRendered() {
    }

    public static org.jsoup.nodes.Element of(Element root) {
        StringBuilder html = new StringBuilder();
        write(root, html);
        Document document = Jsoup.parseBodyFragment(html.toString());
        return document.body().child(0);
    }

    private static void write(Element element, StringBuilder html) {
        if (element.isTextNode()) {
            html.append(Entities.escape(element.getText()));
            return;
        }
        html.append('<').append(element.getTag());
        element.getAttributeNames().forEach(name -> html.append(' ').append(name).append("=\"")
                .append(Entities.escape(String.valueOf(element.getAttribute(name)))).append('"'));
        html.append('>');
        if (element.hasProperty("innerHTML")) {
            html.append(element.getProperty("innerHTML", ""));
        } else {
            element.getChildren().forEach(child -> write(child, html));
        }
        html.append("</").append(element.getTag()).append('>');
    }
}
