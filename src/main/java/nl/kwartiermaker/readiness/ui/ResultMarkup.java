package nl.kwartiermaker.readiness.ui;

import static nl.kwartiermaker.base.HtmlPdf.escape;

import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * Read-only parts of the scan pages (tables, lists, the radar figures) as one piece of markup in one element. A tree
 * of elements costs a node on the server per cell for as long as the session lives, and the results page has a few
 * hundred cells that nobody acts on. Every text is escaped here, so an adapted theme title, a statement or an open
 * answer can never become markup.
 */
final class ResultMarkup {

    /** A whole cell ({@code <td>…</td>}) made by this package from numbers, fixed colours and escaped text only. */
    record Cell(String markup) {
    }

    private ResultMarkup() {
    }

    /** A data table; a cell is text or a ready {@link Cell}. The first column heads each row. */
    static String table(String caption, String className, List<String> headers, List<List<Object>> rows) {
        StringBuilder html = new StringBuilder("<table class=\"data-table")
                .append(className.isEmpty() ? "" : " " + className).append("\"><caption>").append(escape(caption))
                .append("</caption><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<Object> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i) instanceof Cell cell) {
                    html.append(cell.markup());
                } else if (i == 0) {
                    html.append("<th scope=\"row\">").append(escape(String.valueOf(row.get(i)))).append("</th>");
                } else {
                    html.append("<td>").append(escape(String.valueOf(row.get(i)))).append("</td>");
                }
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /**
     * A wide table on a narrow screen scrolls inside its own box; the box can take keyboard focus, so it can be
     * scrolled without a mouse, and is named after the table.
     */
    static Div scrollable(String table, String label) {
        Div scroll = markup(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", label);
        return scroll;
    }

    /** A box holding markup built by this class (or by {@link ScanCharts}, which escapes likewise). */
    static Div markup(String html) {
        Div box = new Div();
        box.getElement().setProperty("innerHTML", html);
        return box;
    }

    /** A list of plain texts; {@code tag} is ul or ol. */
    static String list(String tag, String className, String ariaLabel, List<String> items) {
        StringBuilder html = new StringBuilder("<").append(tag);
        if (!className.isEmpty()) {
            html.append(" class=\"").append(className).append('"');
        }
        if (ariaLabel != null) {
            html.append(" aria-label=\"").append(escape(ariaLabel)).append('"');
        }
        html.append('>');
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        return html.append("</").append(tag).append('>').toString();
    }
}
