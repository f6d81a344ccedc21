package nl.kwartiermaker.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.security.OidcSettings;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Sign-in with e-mail address and password, through the organisation's identity provider, or both, as configured; in
 * Dutch or English, with a clear message when sign-in is refused.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The session attribute with the address of the last refused sign-in in this browser. */
    public static final String LAST_USERNAME = "nl.kwartiermaker.login.lastUsername";
    public static final int USERNAME_MAX = 254;

    /** Where Spring Security starts sign-in through the identity provider. */
    static final String PROVIDER_SIGN_IN = "oauth2/authorization/" + OidcSettings.REGISTRATION;

    private final transient AuthenticationContext authenticationContext;
    private final boolean passwords;
    private final LoginForm form = new LoginForm();
    private final Paragraph status = new Paragraph();

    LoginView(AuthenticationContext authenticationContext, Environment environment, SignInMethods methods,
              OidcSettings oidc) {
        this.authenticationContext = authenticationContext;
        this.passwords = methods.passwords();
        addClassName("login-page");
        form.setAction("login");
        // "wachtwoord vergeten?" leads to its own page, which mails a link (the form itself only signs in)
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("wachtwoord-vergeten")));
        form.setI18n(i18n(null));
        status.addClassName("login-status");
        status.setVisible(false);
        status.getElement().setAttribute("role", "status");

        Div card = new Div();
        card.addClassName("login-card");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph purpose = new Paragraph(getTranslation("login.purpose"));
        card.add(title, purpose, status);
        if (oidc.enabled()) {
            card.add(providerButton(oidc));
        }
        if (passwords) {
            if (oidc.enabled()) {
                Paragraph or = new Paragraph(getTranslation("login.sso.or"));
                or.addClassName("login-help");
                card.add(or);
            }
            Paragraph help = new Paragraph(getTranslation("login.forgot"));
            help.addClassName("login-help");
            card.add(form, help);
        }
        if (passwords && environment.acceptsProfiles(Profiles.of("demo"))) {
            // only a demo has these accounts; a real portal must not suggest them
            Paragraph demo = new Paragraph(getTranslation("login.demo"));
            demo.addClassNames("note", "login-demo");
            card.add(demo);
        }
        card.add(languageSwitch());
        add(card);
        if (!passwords) {
            return;
        }
        // the reveal button of the password field names itself in English unless told otherwise
        form.getElement().executeJs("""
                const name = $0;
                const apply = tries => {
                  const field = this.querySelector('vaadin-password-field');
                  if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: name}); }
                  else if (tries > 0) { requestAnimationFrame(() => apply(tries - 1)); }
                };
                apply(60);""", getTranslation("login.password.reveal"));
    }

    /**
     * A whole-page visit to Spring Security's address, which sends the browser on to the provider; the organisation
     * may name the button after its own account (e.g. "Inloggen met je gemeente-account").
     */
    private Button providerButton(OidcSettings oidc) {
        String label = oidc.displayName() == null || oidc.displayName().isBlank()
                ? getTranslation("login.sso.button") : oidc.displayName();
        Button button = new Button(label, e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().setLocation(PROVIDER_SIGN_IN)));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName("login-provider");
        button.setWidthFull();
        return button;
    }

    private Div languageSwitch() {
        Div languages = new Div();
        languages.addClassName("login-languages");
        for (Locale locale : PortalLocales.SUPPORTED) {
            Button choice = new Button(getTranslation("language." + locale.getLanguage()), e -> switchTo(locale));
            choice.addThemeVariants(ButtonVariant.TERTIARY);
            choice.getElement().setAttribute("lang", locale.getLanguage());
            choice.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
            languages.add(choice);
        }
        return languages;
    }

    private static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(PortalLocales.SESSION_ATTRIBUTE, locale);
        ui.getPage().reload();
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot.button"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        String key = errorKey == null ? "login.error" : errorKey;
        error.setTitle(getTranslation(key + ".title"));
        error.setMessage(getTranslation(key + ".message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        for (String reason : List.of("sso-norole", "sso-deactivated", "sso-account", "sso-error")) {
            if (parameters.containsKey(reason)) {
                showStatus("login." + reason.replace('-', '.'));
                return;
            }
        }
        if (parameters.containsKey("unavailable")) {
            showError("login.unavailable");
        } else if (parameters.containsKey("throttled")) {
            showError("login.throttled");
        } else if (parameters.containsKey("error")) {
            showError("login.error");
            offerLastUsername();
        } else if (parameters.containsKey("expired")) {
            showStatus("login.expired");
        } else if (parameters.containsKey("logout")) {
            showStatus("login.loggedout");
        }
    }

    /** In the form, as Vaadin's login form shows it; without the form, above the provider's button. */
    private void showError(String key) {
        if (passwords) {
            form.setI18n(i18n(key));
            form.setError(true);
        } else {
            showStatus(key + ".message");
        }
    }

    /** Puts the address of the refused sign-in back in its field, so only the password needs typing again. */
    private void offerLastUsername() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object last = session == null ? null : session.getAttribute(LAST_USERNAME);
        if (last instanceof String username && !username.isBlank()) {
            form.getElement().executeJs("""
                    const value = $0;
                    const apply = tries => {
                      const field = this.querySelector('vaadin-text-field[name=username], [name=username]');
                      if (field) { field.value = value; }
                      else if (tries > 0) { requestAnimationFrame(() => apply(tries - 1)); }
                    };
                    apply(60);""", username);
        }
    }

    private void showStatus(String key) {
        status.setText(getTranslation(key));
        status.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "login.title");
    }
}
