package nl.kwartiermaker.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.kwartiermaker.base.Role;

/** A read-only view of an account for other features and the UI; it never carries the password hash. */
public record UserAccount(long id, long version, String email, String displayName, Set<Role> roles, boolean active,
                          Locale locale, Instant lastLoginAt, Instant createdAt) {

    static UserAccount of(PortalUser user) {
        return new UserAccount(user.getId(), user.getVersion(), user.getEmail(), user.getDisplayName(),
                user.getRoles(), user.isActive(), user.getLocale(), user.getLastLoginAt(), user.getCreatedAt());
    }
}
