package nl.kwartiermaker;

import java.util.Arrays;
import nl.kwartiermaker.base.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a person with the given roles in the security context, as sign-in would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String email, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, authorities));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
