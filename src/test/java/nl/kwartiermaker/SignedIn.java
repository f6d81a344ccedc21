package nl.kwartiermaker;

import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import nl.kwartiermaker.base.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Puts a person with the given roles in the security context, as sign-in would. Vaadin's security-context strategy
 * prefers the context stored in the current Vaadin session, so a browserless test's session gets it too.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String email, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, authorities));
        store(context);
    }

    public static void nobody() {
        store(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.clearContext();
    }

    private static void store(SecurityContext context) {
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context);
        }
    }
}
