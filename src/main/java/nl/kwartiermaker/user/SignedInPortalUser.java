package nl.kwartiermaker.user;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import java.util.Optional;
import nl.kwartiermaker.base.SignInMethods;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives the app shell the signed-in person without the shell depending on this feature. The layout, the view and
 * its services all ask within one request, so the answer is kept for the rest of that request.
 */
@Component
class SignedInPortalUser implements SignedInUser {

    private static final String CACHE = SignedInPortalUser.class.getName();

    private final UserService userService;
    private final SignInMethods methods;

    SignedInPortalUser(UserService userService, SignInMethods methods) {
        this.userService = userService;
        this.methods = methods;
    }

    @Override
    public Optional<Account> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(CACHE) instanceof Account cached
                && cached.email().equals(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<Account> account = userService.currentAccount().filter(UserAccount::active)
                .map(a -> new Account(a.id(), a.email(), a.displayName(), a.roles(), a.locale(),
                        methods.passwords() && a.hasPassword()));
        if (request != null) {
            account.ifPresent(a -> request.setAttribute(CACHE, a));
        }
        return account;
    }

    @Override
    public void rememberLocale(Locale locale) {
        userService.changeOwnLocale(locale);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.removeAttribute(CACHE);
        }
    }
}
