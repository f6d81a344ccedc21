package nl.kwartiermaker.user;

import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.base.Role;

/** What happened to accounts; the audit log, sessions and notifications react to these. */
public final class UserEvents {

    private UserEvents() {
    }

    public record UserCreated(long userId, String email, String displayName, Locale locale, Set<Role> roles) {
    }

    public record UserRolesChanged(long userId, String email, Set<Role> before, Set<Role> after) {
    }

    public record UserRenamed(long userId, String email, String before, String after) {
    }

    public record UserDeactivated(long userId, String email) {
    }

    public record UserReactivated(long userId, String email) {
    }

    public record UserPasswordReset(long userId, String email) {
    }
}
