package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.story.StoryLibraryService.Filter;
import nl.kwartiermaker.story.StoryLibraryService.LibraryPage;
import nl.kwartiermaker.story.StoryLibraryService;
import nl.kwartiermaker.traject.ExpertRole;

/**
 * The library of success stories for all staff: newest first, narrowed by theme, role and words, a page at a time.
 * The filters live in the address (?q=…&thema=…&rol=…&pagina=…), so a search can be shared and Back works.
 */
@Route("verhalen")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 8, title = "story.menu", icon = "vaadin:book")
class StoryLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryLibraryService library;
    final TextField search = new TextField();
    final ComboBox<ExperienceTheme> theme = new ComboBox<>();
    final ComboBox<ExpertRole> role = new ComboBox<>();
    final Div results = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    private final Paragraph pageNumber = new Paragraph();
    private int page;
    /** Set while the address fills the fields, so that filling them does not search once per field. */
    private boolean filling;

    StoryLibraryView(StoryLibraryService library, AuthenticationContext signedIn) {
        this.library = library;
        addClassName("page");
        Anchor write = new Anchor("verhalen/nieuw", getTranslation("story.library.write"));
        write.addClassName("button-link");
        add(new ViewHeader(getTranslation("story.library.title"), getTranslation("story.library.purpose"))
                .withActions(write), otherPlaces(signedIn));

        search.setLabel(getTranslation("story.library.search"));
        search.setPlaceholder(getTranslation("story.library.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        theme.setLabel(getTranslation("story.library.theme"));
        theme.setItems(ExperienceTheme.values());
        theme.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        theme.setClearButtonVisible(true);
        role.setLabel(getTranslation("story.library.role"));
        role.setItems(ExpertRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filtersChanged());
        theme.addValueChangeListener(e -> filtersChanged());
        role.addValueChangeListener(e -> filtersChanged());
        Div filters = new Div(search, theme, role);
        filters.addClassName("filter-bar");

        results.addClassName("story-cards");
        results.getElement().setAttribute("aria-live", "polite");
        previous.setText(getTranslation("story.library.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(e -> turnTo(page - 1));
        next.setText(getTranslation("story.library.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(e -> turnTo(page + 1));
        pageNumber.addClassName("muted");
        Div paging = new Div(previous, pageNumber, next);
        paging.addClassName("story-paging");
        add(filters, results, paging);
    }

    /**
     * Where the rest of Verhalen is: one's own stories, the newsletter, and for editors and the Beheerder theirs. The
     * roles come from the sign-in, not the database: these are only links, and each page checks again.
     */
    private Component otherPlaces(AuthenticationContext signedIn) {
        UnorderedList places = new UnorderedList();
        places.addClassName("story-places");
        place(places, "verhalen/mijn", "story.library.mine");
        place(places, "verhalen/nieuwsbrief", "story.library.digest");
        if (signedIn.hasAnyRole(Role.Names.COORDINATOR, Role.Names.BEHEERDER)) {
            place(places, "verhalen/redactie", "story.library.review");
        }
        if (signedIn.hasRole(Role.Names.BEHEERDER)) {
            place(places, "verhalen/feed", "story.library.feed");
        }
        Nav nav = new Nav(places);
        nav.setAriaLabel(getTranslation("story.library.places"));
        return nav;
    }

    private void place(UnorderedList places, String route, String key) {
        places.add(new ListItem(new Anchor(route, getTranslation(key))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        filling = true;
        try {
            search.setValue(parameters.getSingleParameter("q").orElse(""));
            theme.setValue(parameters.getSingleParameter("thema").flatMap(v -> named(ExperienceTheme.values(), v))
                    .orElse(null));
            role.setValue(parameters.getSingleParameter("rol").flatMap(v -> named(ExpertRole.values(), v))
                    .orElse(null));
        } finally {
            filling = false;
        }
        page = parameters.getSingleParameter("pagina").map(StoryLibraryView::pageNumber).orElse(0);
        show();
    }

    private static <E extends Enum<E>> java.util.Optional<E> named(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    /** "pagina=2" in the address is the second page, counted from 0 inside. */
    private static int pageNumber(String value) {
        try {
            return Math.max(0, Integer.parseInt(value) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private void filtersChanged() {
        if (!filling) {
            page = 0;
            show();
            remember();
        }
    }

    private void turnTo(int target) {
        page = Math.max(0, target);
        show();
        remember();
        // back to the top of the list, where the new page starts
        results.getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private Filter filter() {
        return new Filter(theme.getValue(), role.getValue(), search.getValue());
    }

    private void show() {
        Filter filter = filter();
        LibraryPage shown = library.library(filter, page);
        results.removeAll();
        if (shown.cards().isEmpty()) {
            results.add(emptyState(filter));
        } else {
            shown.cards().forEach(card -> results.add(StoryCardElements.card(this, card, true)));
        }
        previous.setVisible(page > 0);
        next.setVisible(shown.more());
        pageNumber.setText(getTranslation("story.library.page", page + 1));
        pageNumber.setVisible(page > 0 || shown.more());
    }

    private Div emptyState(Filter filter) {
        boolean firstPage = page == 0;
        String text = !firstPage ? getTranslation("story.library.empty.page")
                : filter.narrowed() ? getTranslation("story.library.empty.filtered")
                : getTranslation("story.library.empty");
        Div empty = new Div(new Paragraph(text),
                new Anchor("verhalen/nieuw", getTranslation("story.library.empty.write")));
        empty.addClassNames("note", "story-empty");
        return empty;
    }

    private void remember() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put("q", search.getValue());
        }
        if (theme.getValue() != null) {
            parameters.put("thema", theme.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (role.getValue() != null) {
            parameters.put("rol", role.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (page > 0) {
            parameters.put("pagina", String.valueOf(page + 1));
        }
        String query = QueryParameters.simple(parameters).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                query.isEmpty() ? "verhalen" : "verhalen?" + query));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.library.title");
    }
}
