package nl.kwartiermaker.user;

import java.util.Locale;
import java.util.Optional;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives the app shell the signed-in person without the shell depending on this feature. */
@Component
class SignedInPortalUser implements SignedInUser {

    private final UserService userService;

    SignedInPortalUser(UserService userService) {
        this.userService = userService;
    }

    @Override
    public Optional<Account> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return userService.currentAccount().filter(UserAccount::active)
                .map(a -> new Account(a.id(), a.email(), a.displayName(), a.roles(), a.locale()));
    }

    @Override
    public void rememberLocale(Locale locale) {
        userService.changeOwnLocale(locale);
    }
}
