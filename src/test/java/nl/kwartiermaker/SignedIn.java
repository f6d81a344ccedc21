package nl.kwartiermaker;

import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import nl.kwartiermaker.base.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Puts a person with the given roles in the security context, as sign-in would. The suite runs two application
 * contexts (with and without a web server); each installs its own Vaadin-aware strategy with its own thread-local,
 * and that strategy prefers the context stored in the current Vaadin session. So the context goes to every
 * strategy and to the current Vaadin session.
 */
public final class SignedIn {

    private static final Set<SecurityContextHolderStrategy> STRATEGIES = new CopyOnWriteArraySet<>();

    private SignedIn() {
    }

    static void register(SecurityContextHolderStrategy strategy) {
        STRATEGIES.add(strategy);
    }

    public static void as(String email, Role... roles) {
        var authorities = Role.authoritiesOf(Arrays.asList(roles));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, authorities));
        store(context);
    }

    public static void nobody() {
        store(SecurityContextHolder.createEmptyContext());
    }

    private static void store(SecurityContext context) {
        SecurityContextHolder.setContext(context);
        STRATEGIES.forEach(strategy -> strategy.setContext(context));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context);
        }
    }
}
