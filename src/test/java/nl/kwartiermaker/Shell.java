package nl.kwartiermaker;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.stream.Stream;
import nl.kwartiermaker.base.ui.MainLayout;
import org.jsoup.Jsoup;

/**
 * The portal's frame (base.ui.MainLayout) as a browser shows it: its menu is links in markup and its user menu is bare
 * elements built when opened, so tests read and click them here.
 */
public final class Shell {

    private Shell() {
    }

    /** The menu's labels, in order. */
    public static List<String> menuLabels() {
        return menu().select("a").eachText();
    }

    /** The address of the menu link marked as the current page ({@code aria-current}), or none. */
    public static List<String> currentMenuLinks() {
        return menu().select("a[aria-current]").eachAttr("href");
    }

    private static org.jsoup.nodes.Element menu() {
        Element nav = elements(layout()).filter(e -> "nav".equals(e.getTag())).findFirst().orElseThrow();
        return Jsoup.parseBodyFragment(nav.getProperty("innerHTML", "")).body();
    }

    /** Opens the user menu, as clicking the name in the header does, and gives its choices' texts. */
    public static List<String> userMenuItems() {
        openUserMenu();
        return userMenuButtons().map(Element::getText).toList();
    }

    /** Whether a choice in the opened user menu shows as pressed (the current language). */
    public static boolean pressed(String text) {
        return "true".equals(userMenuItem(text).getAttribute("aria-pressed"));
    }

    /** Opens the user menu and clicks one of its choices. */
    public static void chooseFromUserMenu(String text) {
        openUserMenu();
        click(userMenuItem(text));
    }

    private static Element userMenuItem(String text) {
        return userMenuButtons().filter(e -> text.equals(e.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no user menu item " + text));
    }

    private static void openUserMenu() {
        if (elements(layout()).noneMatch(e -> e.getClassList().contains("user-menu-panel"))) {
            click(elements(layout()).filter(e -> e.getClassList().contains("user-menu-button")).findFirst()
                    .orElseThrow());
        }
    }

    private static Stream<Element> userMenuButtons() {
        return elements(layout()).filter(e -> e.getClassList().contains("user-menu-item"));
    }

    private static void click(Element element) {
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "click", JacksonUtils.createObjectNode()));
    }

    private static Element layout() {
        return UI.getCurrent().getChildren().filter(MainLayout.class::isInstance).findFirst().orElseThrow()
                .getElement();
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode()).flatMap(Shell::elements));
    }
}
