package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient SignedInUser signedInUser;
    private final transient AuthenticationContext authenticationContext;
    private final RouterLink tasks = new RouterLink();
    private String shownPath;

    MainLayout(SignedInUser signedInUser, AuthenticationContext authenticationContext, PersonalTaskList taskList,
               List<HeaderIndicator> indicators) {
        this.signedInUser = signedInUser;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
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
        addToNavbar(toggle(), spacer(), counts, userMenu());
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
            getElement().executeJs("""
                    const content = this.shadowRoot && this.shadowRoot.querySelector('[part~=content]');
                    if (content) content.scrollTop = 0;
                    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;""");
        }
        shownPath = path;
    }

    /** The number of tasks beside the name; the Overzicht sets it again whenever it lists them. */
    void showTaskCount(int count) {
        tasks.setText(getTranslation("tasks.header", count));
        tasks.getElement().setAttribute("aria-label", getTranslation("tasks.header.aria", count));
        tasks.getElement().getClassList().set("has-tasks", count > 0);
    }

    private Component brand() {
        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        return brand;
    }

    private Component toggle() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        return toggle;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().stream()
                .sorted(Comparator.comparing(MenuEntry::order, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    private Component userMenu() {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.addClassName("user-menu");
        signedInUser.current().ifPresent(account -> {
            Avatar avatar = new Avatar(account.displayName());
            avatar.setAbbreviation(initials(account.displayName()));
            avatar.addClassName("user-avatar");
            Span name = new Span(account.displayName());
            name.addClassName("user-name");
            MenuItem root = bar.addItem(new Div(avatar, name));
            root.setAriaLabel(getTranslation("layout.usermenu", account.displayName()));
            SubMenu menu = root.getSubMenu();
            String roles = account.roles().stream().map(r -> getTranslation(r.labelKey())).sorted()
                    .collect(Collectors.joining(", "));
            MenuItem rolesItem = menu.addItem(getTranslation("layout.roles", roles));
            rolesItem.setEnabled(false);
            SubMenu language = menu.addItem(getTranslation("layout.language")).getSubMenu();
            for (Locale locale : PortalLocales.SUPPORTED) {
                MenuItem choice = language.addItem(getTranslation("language." + locale.getLanguage()),
                        e -> switchTo(locale));
                choice.setCheckable(true);
                choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
            }
            // by address: the page belongs to the user feature, which this layout does not depend on
            if (account.ownPassword()) {
                menu.addItem(getTranslation("layout.password"), e -> UI.getCurrent().navigate("account/wachtwoord"));
            }
            menu.addItem(getTranslation("layout.logout"), e -> authenticationContext.logout());
        });
        return bar;
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
