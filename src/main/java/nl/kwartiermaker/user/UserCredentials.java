package nl.kwartiermaker.user;

import java.util.Set;
import nl.kwartiermaker.base.Role;

/** What sign-in needs to check a password; only the security feature asks for it. */
public record UserCredentials(long id, String email, String passwordHash, boolean active, Set<Role> roles) {
}
