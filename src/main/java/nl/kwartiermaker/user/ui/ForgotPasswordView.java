package nl.kwartiermaker.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.user.PasswordService;
import nl.kwartiermaker.user.PortalUser;

/**
 * "Wachtwoord vergeten?" from the login page. The answer is the same whether or not the address has an account, and
 * comes as fast: the service does the work afterwards (decision 0012), so the page cannot be used to find out who has
 * an account.
 */
@Route(value = PasswordService.FORGOT_PASSWORD_PATH, autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordService passwords;
    private final boolean offered;
    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph outcome = new Paragraph();

    ForgotPasswordView(PasswordService passwords, SignInMethods methods) {
        this.passwords = passwords;
        this.offered = methods.passwords();
        addClassName("login-page");
        email.setLabel(getTranslation("password.forgot.email"));
        email.setMaxLength(PortalUser.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("user.error.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        send.setText(getTranslation("password.forgot.submit"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
        outcome.getElement().setAttribute("role", "status");

        Div card = new Div();
        card.addClassName("login-card");
        card.add(new H1(getTranslation("password.forgot.title")),
                new Paragraph(getTranslation("password.forgot.purpose")), email, send, outcome,
                new Paragraph(new Anchor("login", getTranslation("password.back.login"))));
        send.addClickShortcut(Key.ENTER).listenOn(card);
        add(card);
    }

    void send() {
        String address = email.getValue().strip();
        if (address.isEmpty() || email.isInvalid()) {
            email.setInvalid(true);
            email.focus();
            return;
        }
        passwords.requestReset(address);
        outcome.setText(getTranslation("password.forgot.sent"));
        // a second click would only be refused by the limit; the page says what to do if no mail comes
        send.setEnabled(false);
        email.setReadOnly(true);
    }

    /** Without password sign-in there is no password to forget. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!offered) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "password.forgot.title");
    }
}
