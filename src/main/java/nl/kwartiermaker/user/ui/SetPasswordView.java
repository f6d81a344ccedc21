package nl.kwartiermaker.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.user.PasswordService;

/**
 * Where a link from a "wachtwoord vergeten" mail or a Beheerder's mail leads: the new password twice, with the same
 * rules as everywhere. The token is in the path, not in a query, and the page takes it out of the address bar at
 * once: it does not stay in the browser's history, and the portal's Referrer-Policy (strict-origin-when-cross-origin)
 * never sends a path to another site.
 */
@Route(value = PasswordService.SET_PASSWORD_PATH + "/:token?", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final transient PasswordService passwords;
    private final boolean offered;
    private final Div card = new Div();
    final NewPasswordFields fresh = new NewPasswordFields(this);
    final Button save = new Button();
    final FormLayout form = new FormLayout();
    final Paragraph outcome = new Paragraph();
    final Anchor signIn = new Anchor("login", "");
    private String token = "";

    SetPasswordView(PasswordService passwords, SignInMethods methods) {
        this.passwords = passwords;
        this.offered = methods.passwords();
        addClassName("login-page");
        card.addClassName("login-card");
        save.setText(getTranslation("password.set.submit"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        form.add(fresh.password, fresh.repeated, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        outcome.getElement().setAttribute("role", "status");
        signIn.setText(getTranslation("password.back.login"));
        card.add(new H1(getTranslation("password.set.title")), form, outcome, new Paragraph(signIn));
        save.addClickShortcut(Key.ENTER).listenOn(form);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!offered) {
            // without password sign-in no link can set one; the token is not even looked at
            event.rerouteToError(NotFoundException.class);
            return;
        }
        token = event.getRouteParameters().get("token").orElse("");
        if (token.isEmpty()) {
            unusable("password.set.missing");
        } else if (!passwords.isUsable(token)) {
            unusable("password.link.error.invalid");
        } else {
            card.addComponentAtIndex(1, new Paragraph(getTranslation("password.set.purpose")));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!token.isEmpty()) {
            UI.getCurrent().getPage().getHistory().replaceState(null, PasswordService.SET_PASSWORD_PATH);
        }
    }

    private void unusable(String key) {
        if (!form.isVisible()) {
            return;
        }
        form.setVisible(false);
        outcome.setText(getTranslation(key));
        card.addComponentAtIndex(card.indexOf(outcome) + 1,
                new Paragraph(new Anchor(PasswordService.FORGOT_PASSWORD_PATH, getTranslation("password.set.again"))));
    }

    void save() {
        try {
            passwords.setWithLink(token, fresh.password.getValue(), fresh.repeated.getValue());
        } catch (InvalidInput refused) {
            if (refused.messageKey().equals("password.link.error.invalid")) {
                unusable(refused.messageKey());
                return;
            }
            if (!fresh.show(refused, this)) {
                throw refused;
            }
            return;
        }
        form.setVisible(false);
        outcome.setText(getTranslation("password.set.done"));
        // the form is gone; keyboard users land on the next step
        signIn.getElement().executeJs("this.focus()");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "password.set.title");
    }
}
