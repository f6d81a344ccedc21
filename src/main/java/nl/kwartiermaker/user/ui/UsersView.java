package nl.kwartiermaker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Beheerders find, add and change accounts here; a click on a row opens the account. */
@Route("beheer/gebruikers")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    private final transient SignInMethods methods;
    final TextField search = new TextField();
    final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserService users, SignInMethods methods) {
        this.users = users;
        this.methods = methods;
        addClassName("page");
        setSizeFull();
        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewHeader(getTranslation("users.title"), getTranslation("users.purpose")).withActions(add));

        search.setLabel(getTranslation("users.search"));
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 24rem)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.name")).setFlexGrow(2)
                .setSortProperty("displayName");
        Grid.Column<UserAccount> email = grid.addColumn(UserAccount::email)
                .setHeader(getTranslation("users.column.email")).setFlexGrow(2).setSortProperty("email");
        Grid.Column<UserAccount> roles = grid.addColumn(this::roles).setHeader(getTranslation("users.column.roles"))
                .setFlexGrow(2);
        // a fixed width that fits "Gedeactiveerd": an auto width measures only the rows first shown, so a
        // deactivated account further down the list was cut off
        Grid.Column<UserAccount> status = grid.addComponentColumn(u -> {
            Span badge = new Span(status(u));
            badge.addClassNames("badge", u.active() ? "success" : "contrast");
            return badge;
        }).setHeader(getTranslation("users.column.status")).setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(u -> {
            Button open = new Button(getTranslation("users.open"), e -> openExisting(u));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            open.setAriaLabel(getTranslation("users.open.aria", u.displayName()));
            return open;
        }).setHeader(getTranslation("users.column.actions")).setAutoWidth(true).setFlexGrow(0);
        FoldingColumns<UserAccount> folding = FoldingColumns.of(grid).rowOpensRecord()
                .fold(email, getTranslation("users.column.email"), UserAccount::email)
                .fold(roles, getTranslation("users.column.roles"), this::roles)
                .fold(status, getTranslation("users.column.status"), this::status);
        grid.addItemClickListener(e -> openExisting(e.getItem()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setAriaLabel(getTranslation("users.title"));
        grid.setSizeFull();
        add(search, folding.hint(), grid);
        refresh();
    }

    private String roles(UserAccount user) {
        return user.roles().stream().map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", "));
    }

    private String status(UserAccount user) {
        return getTranslation(user.active() ? "users.active" : "users.inactive");
    }

    void refresh() {
        String term = search.getValue();
        grid.setItems(query -> users.search(term, PageRequest.of(query.getPage(), query.getPageSize(),
                query.getSortOrders().isEmpty() ? Sort.by("displayName")
                        : Sort.by(query.getSortOrders().stream().map(o -> new Sort.Order(
                                o.getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING
                                        ? Sort.Direction.ASC : Sort.Direction.DESC, o.getSorted())).toList())))
                .stream());
    }

    void openNew() {
        new UserDialog(users, methods.passwords(), null, this::refresh).open();
    }

    void openExisting(UserAccount account) {
        users.findById(account.id())
                .ifPresent(fresh -> new UserDialog(users, methods.passwords(), fresh, this::refresh).open());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "users.title");
    }
}
