package nl.kwartiermaker.base;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that runs without a request (start-up, demo data) but must pass the services' access checks like a person
 * would: it runs signed in as that person and leaves no sign-in behind.
 */
public final class RunAs {

    private RunAs() {
    }

    public static void run(String username, Role role, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, Role.authoritiesOf(List.of(role))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
