package nl.kwartiermaker.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.user.PasswordService;

/**
 * Everyone who signs in with a password changes it here, from the user menu: the current one as proof, the new one
 * twice. Their other sessions end, so a password someone else may know stops working everywhere at once.
 */
@Route("account/wachtwoord")
@PermitAll
class OwnPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordService passwords;
    private final transient SignedInUser signedIn;
    final PasswordField current = new PasswordField();
    final NewPasswordFields fresh = new NewPasswordFields(this);
    final Button change = new Button();
    final Paragraph outcome = new Paragraph();

    OwnPasswordView(PasswordService passwords, SignedInUser signedIn) {
        this.passwords = passwords;
        this.signedIn = signedIn;
        addClassName("page");
        current.setLabel(getTranslation("password.field.current"));
        current.setRequiredIndicatorVisible(true);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.addValueChangeListener(e -> current.setInvalid(false));
        change.setText(getTranslation("password.change.submit"));
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickListener(e -> change());
        outcome.getElement().setAttribute("role", "status");

        FormLayout form = new FormLayout(current, fresh.password, fresh.repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        Div column = new Div(new ViewHeader(getTranslation("password.change.title"),
                getTranslation("password.change.purpose")), form, change, outcome);
        // Enter in any of the fields changes the password, as in every form
        change.addClickShortcut(Key.ENTER).listenOn(column);
        add(column);
    }

    /** Someone without a password (signed in through the provider, or passwords switched off) has none to change. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!signedIn.current().map(SignedInUser.Account::ownPassword).orElse(false)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void change() {
        outcome.setText("");
        try {
            passwords.changeOwn(current.getValue(), fresh.password.getValue(), fresh.repeated.getValue());
        } catch (InvalidInput refused) {
            if (refused.messageKey().startsWith("password.error.current")
                    || refused.messageKey().equals("password.error.throttled")) {
                current.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                current.setInvalid(true);
                current.focus();
            } else if (!fresh.show(refused, this)) {
                throw refused;
            }
            return;
        }
        current.clear();
        current.setInvalid(false);
        fresh.clear();
        outcome.setText(getTranslation("password.change.done"));
        Notices.success(getTranslation("password.change.done"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "password.change.title");
    }
}
