package nl.kwartiermaker.security;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the identity provider, named by their portal account's e-mail address: everything that
 * asks who is signed in (services, the session registry, the audit log) then sees the same name as after password
 * sign-in (equality too: {@code DefaultOAuth2User} compares names). The provider's subject stays in the claims.
 */
final class PortalOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String email;

    PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser signedIn, String email) {
        super(authorities, signedIn.getIdToken(), signedIn.getUserInfo());
        this.email = email;
    }

    @Override
    public String getName() {
        return email;
    }
}
