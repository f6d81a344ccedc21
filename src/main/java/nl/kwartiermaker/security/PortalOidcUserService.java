package nl.kwartiermaker.security;

import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.ProviderAccountService;
import nl.kwartiermaker.user.ProviderAccountService.Identity;
import nl.kwartiermaker.user.ProviderAccountService.SignInRefused;
import nl.kwartiermaker.user.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person the provider vouched for (its ID token, checked by Spring Security for signature, issuer,
 * audience, expiry and nonce, plus the user-info answer) into their portal account with the roles their groups or
 * roles at the provider map to.
 */
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Who the audit log and the account's "created by" name when a sign-in through the provider changes an account. */
    static final String ACTOR = "identiteitsprovider";

    private final OidcUserService claims = new OidcUserService();
    private final OidcSettings settings;
    private final ProviderAccountService accounts;

    PortalOidcUserService(OidcSettings settings, ProviderAccountService accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = claims.loadUser(request);
        Identity identity = new Identity(signedIn.getIdToken().getIssuer().toString(), signedIn.getSubject(),
                signedIn.getClaimAsString(settings.emailClaim()),
                settings.trustEmail() || Boolean.TRUE.equals(signedIn.getEmailVerified()), signedIn.getFullName(),
                settings.rolesFor(OidcSettings.values(signedIn.getClaims().get(settings.roleClaim()))));
        UserAccount account = asProvider(identity);
        return new PortalOidcUser(Role.authoritiesOf(account.roles()), signedIn, account.email());
    }

    /** Nobody is signed in yet: the account's changes are recorded as the provider's. */
    private UserAccount asProvider(Identity identity) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext provider = SecurityContextHolder.createEmptyContext();
        provider.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()));
        SecurityContextHolder.setContext(provider);
        try {
            return accounts.signIn(identity);
        } catch (SignInRefused refused) {
            throw new Refused(refused);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** A refusal by the portal, not the provider: the login page tells the person why, the audit log whom. */
    static final class Refused extends OAuth2AuthenticationException {

        private final transient SignInRefused reason;

        Refused(SignInRefused reason) {
            super(new OAuth2Error("portal_" + reason.refusal().name().toLowerCase(Locale.ROOT)),
                    reason.getMessage());
            this.reason = reason;
        }

        ProviderAccountService.Refusal refusal() {
            return reason.refusal();
        }

        String account() {
            return reason.account();
        }
    }
}
