package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PersonalTaskList;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.SignedInUser;

/**
 * The frame around every signed-in view: the side navigation lists only the views the person may open (Vaadin filters
 * {@code @Menu} entries by their access annotations), and the user menu holds name, roles, language, changing one’s own password and sign-out.
 * <p>
 * Every signed-in page carries this frame, so it is kept light (issue 18): the navigation is one {@code nav} element
 * holding its links as markup, and the user menu is one button whose choices are built when it is opened and dropped
 * when it closes. With Vaadin's side navigation and menu bar the frame was about 70 nodes on the server per session.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient SignedInUser signedInUser;
    private final transient AuthenticationContext authenticationContext;
    private final RouterLink tasks = new RouterLink();
    private final Element navigation = new Element("nav");
    private final Element menuButton = new Element("vaadin-button");
    private Element menuPanel;
    private String shownPath;
    private List<MenuEntry> menu;

    MainLayout(SignedInUser signedInUser, AuthenticationContext authenticationContext, PersonalTaskList taskList,
               List<HeaderIndicator> indicators) {
        this.signedInUser = signedInUser;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        navigation.setAttribute("aria-label", getTranslation("layout.navigation"));
        navigation.getClassList().add("main-nav");
        Div drawer = new Div();
        drawer.addClassName("drawer-content");
        drawer.getElement().appendChild(Marks.element("div", getTranslation("app.name"), "brand"), navigation);
        addToDrawer(drawer);
        Div counts = new Div();
        counts.addClassName("header-counts");
        if (signedInUser.current().isPresent()) {
            tasks.setRoute(DashboardView.class);
            tasks.addClassName("header-tasks");
            showTaskCount(taskList.mine().size());
            counts.add(tasks);
            indicators.stream().sorted(Comparator.comparingInt(HeaderIndicator::order))
                    .forEach(indicator -> indicator.render().ifPresent(counts::add));
        }
        addToNavbar(toggle());
        Element spacer = new Element("div").setAttribute("slot", "navbar");
        spacer.getClassList().add("navbar-spacer");
        getElement().appendChild(spacer);
        addToNavbar(counts);
        signedInUser.current().ifPresent(account -> getElement().appendChild(userMenu(account)));
    }

    /**
     * A new page opens at its top. The layout's content area keeps its own scroll position, so without this a link
     * at the bottom of the Overzicht opened the next page halfway down, its title out of sight. A change of query
     * parameters only (a search, a filter) keeps the position.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            closeMenu(false);
            getElement().executeJs("""
                    const content = this.shadowRoot && this.shadowRoot.querySelector('[part~=content]');
                    if (content) content.scrollTop = 0;
                    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;""");
        }
        shownPath = path;
        navigation.setProperty("innerHTML", navigationMarkup(path));
    }

    /** The number of tasks beside the name; the Overzicht sets it again whenever it lists them. */
    void showTaskCount(int count) {
        tasks.setText(getTranslation("tasks.header", count));
        tasks.getElement().setAttribute("aria-label", getTranslation("tasks.header.aria", count));
        tasks.getElement().getClassList().set("has-tasks", count > 0);
    }

    private Component toggle() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        return toggle;
    }

    /**
     * The menu as links in one element: the views this person may open, the current one marked for assistive
     * technology ({@code aria-current="page"}, or "true" on a page below it, such as one traject under Trajecten).
     * Vaadin's client follows a plain link without reloading the page, as it did inside the side navigation.
     */
    String navigationMarkup(String path) {
        StringBuilder html = new StringBuilder("<ul class=\"main-nav-list\">");
        if (menu == null) {
            // Vaadin checks each route's access to list the entries, and each check looks a service up by scanning
            // the class path: listed on every navigation, that was the largest part of a navigation's CPU in the
            // benchmark (docs/performance.md). The entries cannot change while the page lives: new roles end the
            // session.
            menu = MenuConfiguration.getMenuEntries().stream()
                    .sorted(Comparator.comparing(MenuEntry::order, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
        for (MenuEntry entry : menu) {
            String route = entry.path().replaceAll("^/+|/+$", "");
            html.append("<li><a class=\"main-nav-item\" href=\"")
                    .append(Markup.escape(route.isEmpty() ? "." : route)).append('"');
            if (route.equals(path)) {
                html.append(" aria-current=\"page\"");
            } else if (!route.isEmpty() && path.startsWith(route + "/")) {
                html.append(" aria-current=\"true\"");
            }
            html.append('>');
            if (entry.icon() != null && entry.icon().contains(":")) {
                html.append("<vaadin-icon icon=\"").append(Markup.escape(entry.icon()))
                        .append("\" aria-hidden=\"true\"></vaadin-icon>");
            }
            html.append(Markup.span(getTranslation(entry.title()))).append("</a></li>");
        }
        return html.append("</ul>").toString();
    }

    /**
     * The user menu: one button (a disclosure, {@code aria-expanded}) whose panel is built when it opens. Escape, the
     * button again or going to another page closes it.
     */
    private Element userMenu(SignedInUser.Account account) {
        Element wrapper = new Element("div");
        wrapper.getClassList().add("user-menu");
        wrapper.setAttribute("slot", "navbar");
        menuButton.setAttribute("theme", "tertiary");
        menuButton.getClassList().add("user-menu-button");
        menuButton.setAttribute("aria-label", getTranslation("layout.usermenu", account.displayName()));
        menuButton.setAttribute("aria-expanded", "false");
        // the initials are drawn by CSS from data-initials: as text they would be part of the button's visible text,
        // which its spoken name must contain (WCAG 2.5.3, axe's label-content-name-mismatch)
        menuButton.setProperty("innerHTML", "<span class=\"user-avatar\" aria-hidden=\"true\" data-initials=\""
                + Markup.escape(initials(account.displayName())) + "\"></span>"
                + Markup.span(account.displayName(), "user-name"));
        menuButton.addEventListener("click", e -> {
            if (menuPanel == null) {
                openMenu(account);
            } else {
                closeMenu(false);
            }
        });
        return wrapper.appendChild(menuButton);
    }

    private void openMenu(SignedInUser.Account account) {
        menuPanel = new Element("div").setAttribute("id", "user-menu-panel");
        menuPanel.getClassList().add("user-menu-panel");
        String roles = account.roles().stream().map(r -> getTranslation(r.labelKey())).sorted()
                .collect(Collectors.joining(", "));
        menuPanel.appendChild(Marks.element("p", getTranslation("layout.roles", roles), "muted"));
        Element languages = new Element("div").setAttribute("role", "group")
                .setAttribute("aria-label", getTranslation("layout.language"));
        languages.getClassList().add("user-menu-languages");
        for (Locale locale : PortalLocales.SUPPORTED) {
            Element choice = menuItem(getTranslation("language." + locale.getLanguage()), () -> switchTo(locale));
            choice.setAttribute("aria-pressed", String.valueOf(locale.getLanguage()
                    .equals(getLocale().getLanguage())));
            languages.appendChild(choice);
        }
        menuPanel.appendChild(languages);
        // by address: the page belongs to the user feature, which this layout does not depend on
        if (account.ownPassword()) {
            menuPanel.appendChild(menuItem(getTranslation("layout.password"),
                    () -> UI.getCurrent().navigate("account/wachtwoord")));
        }
        menuPanel.appendChild(menuItem(getTranslation("layout.logout"), authenticationContext::logout));
        menuPanel.addEventListener("keydown", e -> closeMenu(true)).setFilter("event.key === 'Escape'");
        menuButton.getParent().appendChild(menuPanel);
        menuButton.setAttribute("aria-expanded", "true");
        // only while the panel exists: a reference to an element that is not there is an ARIA error
        menuButton.setAttribute("aria-controls", "user-menu-panel");
    }

    private static Element menuItem(String text, Runnable action) {
        Element item = new Element("vaadin-button").setText(text);
        item.setAttribute("theme", "tertiary");
        item.getClassList().add("user-menu-item");
        item.addEventListener("click", e -> action.run());
        return item;
    }

    /** Drops the panel's elements: nothing of the menu stays on the server while it is closed. */
    private void closeMenu(boolean focusButton) {
        if (menuPanel == null) {
            return;
        }
        menuPanel.removeFromParent();
        menuPanel = null;
        menuButton.setAttribute("aria-expanded", "false");
        menuButton.removeAttribute("aria-controls");
        if (focusButton) {
            menuButton.executeJs("this.focus()");
        }
    }

    /**
     * Initials as people write them: the first letters of the first and the last name, leaving out what is in
     * brackets and Dutch name particles ("Hanneke de Vries (HR)" is HV, not Vaadin's own "HdV(").
     */
    static String initials(String name) {
        String[] words = name.replaceAll("\\([^)]*\\)?", " ").strip().split("\\s+");
        List<String> names = java.util.Arrays.stream(words)
                .filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0)))
                .filter(w -> Character.isUpperCase(w.codePointAt(0))).toList();
        if (names.isEmpty()) {
            names = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0)))
                    .toList();
        }
        if (names.isEmpty()) {
            return "";
        }
        String first = names.getFirst().substring(0, names.getFirst().offsetByCodePoints(0, 1));
        String last = names.size() == 1 ? "" : names.getLast().substring(0, names.getLast().offsetByCodePoints(0, 1));
        return (first + last).toUpperCase(Locale.ROOT);
    }

    private void switchTo(Locale locale) {
        signedInUser.rememberLocale(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // everything on the page was written in the old language; a reload writes it again
        ui.getPage().reload();
    }
}
